// A verb of saying as a participle, with no finite verb of saying in the sentence: as the means of the
// clause's deed ("responded by saying …"), after a comma with the object that makes it speech ("…,
// accusing the board of …"), after "with" and its subject ("with the council describing the plan as …"),
// and after a subject that opens on a lower-case word ("city Democrats protested …, saying …").
// Sentences written for the test (invented).
import { describe, expect, it } from 'vitest';
import { propose } from '../../helpers/article-candidates';

const speakers = (paragraph: string) => propose([paragraph], { model: null }).map((c) => c.speaker ?? null);

describe('"by" and a participle of saying', () => {
  it('the clause’s subject says it', () => {
    expect(
      speakers('The ferry union responded by saying the managers had not read the safety files.'),
    ).toEqual(['ferry union']);
    expect(
      speakers('Ana Roe closed the meeting by warning that the harbour could flood within a decade.'),
    ).toEqual(['Ana Roe']);
  });

  it('the nearest clause’s subject, after "after"', () => {
    expect(
      speakers(
        'Shares of Halden Ferries fell, even after Norsk Marine cooled the rumours by denying it was a bidder.',
      ),
    ).toEqual(['Norsk Marine']);
  });

  it('not a means set against another, nor the writer', () => {
    expect(
      speakers('Many islanders hear of outages not by calling, but by saying nothing and waiting.'),
    ).toEqual([]);
    expect(speakers('We will start by noting that the ferry data are incomplete.')).toEqual([]);
  });
});

describe('a participle of saying after a comma, with its object', () => {
  it('"accusing X of", "praising X as", "promising to"', () => {
    expect(
      speakers(
        'The Halden council sued a Bergen contractor on Tuesday, accusing the firm of billing for unfinished work.',
      ),
    ).toEqual(['Halden council']);
    expect(
      speakers('Ana Roe opened the new pier on Friday, praising the builders as the best crew on the coast.'),
    ).toEqual(['Ana Roe']);
    expect(
      speakers('As mayor, Tom Lee has made the ferries his cause, promising to cut fares by half.'),
    ).toEqual(['Tom Lee']);
  });

  it('a question asked is no claim', () => {
    expect(
      speakers(
        'Judge Ana Roe questioned the ferry company’s lawyer, asking whether he had read the contract.',
      ),
    ).toEqual([]);
  });
});

describe('"with" a subject and a participle of saying', () => {
  it('"accusing", "describing … as", "announcing"', () => {
    expect(
      speakers('The talks collapsed on Monday, with Norway accusing Denmark of blocking the deal.'),
    ).toEqual(['Norway']);
    expect(
      speakers(
        'The hearing opened in May, with the prosecution describing the captain as reckless beyond measure.',
      ),
    ).toEqual(['prosecution']);
  });
});

describe('a subject opening on a lower-case word', () => {
  it('"On Monday, city Democrats protested …, saying …", "The harbour commission is …, saying …"', () => {
    expect(
      speakers(
        'On Monday, city Democrats protested outside the closed ferry office, saying the mayor had overreached.',
      ),
    ).toEqual(['Democrats']);
    expect(
      speakers(
        'The harbour commission is frustrated with the ferry firms, saying they failed to share their timetables.',
      ),
    ).toEqual(['harbour commission']);
  });
});
