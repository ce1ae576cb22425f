import { describe, expect, it } from 'vitest';
import { placeShareChart } from '../../../src/charts/geometry/placeShareChart';
import { SMALL_MIDDLE_LARGE } from '../makeScopeRecord';

describe('placeShareChart', () => {
  it('lays out rows from the top, then the axis and its title', () => {
    const chart = placeShareChart(SMALL_MIDDLE_LARGE, 'population', 1000);
    expect(chart.rowsTopPx).toBe(6);
    expect(chart.rows).toHaveLength(3);
    expect(chart.axisYPx).toBe(chart.rows.at(-1)!.bottomPx + 8);
    // The axis ends at a round share just above the largest scope's (15.04%): 20%.
    expect(chart.gridlines.at(-1)).toMatchObject({ share: 0.2, xPx: 722 });
    expect(placeShareChart(SMALL_MIDDLE_LARGE, 'population', 1000, true).gridlines.at(-1)).toMatchObject({
      share: 1,
      xPx: 722,
    });
    expect(chart.axisTitle.text).toBe("Share of China's population reached (median and 90% interval)");
  });

  it('uses the short axis title and stacked rows on a phone', () => {
    const chart = placeShareChart(SMALL_MIDDLE_LARGE, 'adults', 360);
    expect(chart.layout.stacked).toBe(true);
    expect(chart.axisTitle.text).toBe("Share of China's adults reached");
  });
});
