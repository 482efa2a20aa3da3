import { describe, expect, it } from 'vitest';
import { htmlToParagraphs } from '../../../electron/services/import/html';

// A page marks the text it holds behind its paywall with the class word "paywall" alone; the prompts set
// over that text are its compounds ("paywall-bar", "paywall-modal"). The first is the article.
describe('paragraphs classed "paywall" are the article, its paywall prompts are not', () => {
  const page = `<html><body><article>
    <p>The ferry company said on Tuesday that the winter timetable would start a week early.</p>
    <p class="paywall">“We have fewer crews than we planned for,” its operations manager, Ida Sample, told the town council.</p>
    <p class="paywall">Councillors said the change would leave the island without an evening crossing for a month.</p>
    <div class="paywall-bar"><p>You have read your last free article this month. Subscribe now.</p></div>
    <div class="PaywallModal paywall-modal--full"><p>Already a subscriber? Sign in to keep reading.</p></div>
    </article></body></html>`;

  it('reads the paragraphs classed "paywall" and drops the prompts', () => {
    expect(htmlToParagraphs(page)).toEqual([
      'The ferry company said on Tuesday that the winter timetable would start a week early.',
      '“We have fewer crews than we planned for,” its operations manager, Ida Sample, told the town council.',
      'Councillors said the change would leave the island without an evening crossing for a month.',
    ]);
  });
});
