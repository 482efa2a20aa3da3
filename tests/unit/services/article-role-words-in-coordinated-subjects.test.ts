import { describe, expect, it } from 'vitest';
import { propose } from '../../helpers/article-candidates';

describe('article importer: a lower-case role word inside the subject a second verb shares', () => {
  it('goes on to the name after the role word', () => {
    const c = propose([
      'Local councillor Ian Fraser branded the plan a "disgrace" and said it should be scrapped.',
    ]);
    expect(c[0]?.speaker).toBe('Ian Fraser');
  });
});
