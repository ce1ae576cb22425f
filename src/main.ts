import { mount } from 'svelte';
import App from './app/App.svelte';
import { loadPresets } from './app/loadPresets';
import './app/global.css';

const target = document.getElementById('app');
if (target) mount(App, { target, props: { presets: loadPresets() } });
