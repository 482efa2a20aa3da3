import { describe, expect, it } from 'vitest';
import { only, propose } from '../../helpers/article-candidates';

// A body's published forecast is said in its figures, as "projects" is: "the fund forecast that …",
// "slashed its outlook", "left unchanged its forecast" (sentences written for the test).
describe('article importer: a body’s published forecasts', () => {
  it('reads "forecast Tuesday that …" and "forecast growth of 2%" as the body’s claim', () => {
    expect(
      only([
        'The Zorvan Monetary Board forecast Tuesday that the economy would grow only slightly next year.',
      ]).speaker,
    ).toContain('Zorvan Monetary Board');
    expect(only(['The Zorvan Monetary Board forecast economic growth of 2.1% in 2031.']).speaker).toContain(
      'Zorvan Monetary Board',
    );
  });

  it('reads a body revising its own forecast or outlook as its claim', () => {
    expect(
      only(['The Zorvan Monetary Board slashed its outlook for growth in Pellia to 1.2% this year.']).speaker,
    ).toContain('Zorvan Monetary Board');
    expect(
      only(['The Zorvan Monetary Board left unchanged its forecast for growth this year, a modest 3%.'])
        .speaker,
    ).toContain('Zorvan Monetary Board');
  });

  it('leaves the noun and other cuts alone', () => {
    expect(propose(['The forecast of 3% growth was revised twice in the spring.'])).toHaveLength(0);
    expect(propose(['The Pellia council cut its budget for parks by a third.'])).toHaveLength(0);
    expect(propose(['The weather service kept its offices open through the storm.'])).toHaveLength(0);
  });
});

describe('article importer: a frame with no speaker gives way', () => {
  it('reads the sentence’s next frame when a verb that needs its object finds no speaker', () => {
    const c = only([
      'The 190-member lending agency forecast Tuesday that output would rise 2%, down from the 2.5% it had estimated in July.',
    ]);
    expect(c).toBeDefined();
  });
});

describe('article importer: forecasts in the progressive, saying continued', () => {
  it('reads "is forecasting growth of 7%" as the body’s claim', () => {
    expect(only(['Pellia is forecasting economic growth of 7% for the coming year.']).speaker).toContain(
      'Pellia',
    );
    expect(propose(['The storm is forecasting trouble for the harbour.'])).toHaveLength(0);
  });

  it('reads "continued to describe … as" as a claim', () => {
    expect(
      only(['The Zorvan Monetary Board continued to describe that pace as “gradual” in its statement.'])
        .speaker,
    ).toContain('Zorvan Monetary Board');
  });
});
