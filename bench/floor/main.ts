import { mount } from 'svelte';
import FloorChart from './FloorChart.svelte';

// The floor: the least a page can do to show the ladder's seven reaches on a log axis, built with
// the app's tools (Svelte 5, d3-scale, Vite), so the bench can say how far above it the app is.
mount(FloorChart, { target: document.getElementById('chart')! });
