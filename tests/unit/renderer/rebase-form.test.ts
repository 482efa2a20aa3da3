import { describe, expect, it } from 'vitest';
import { rebaseForm } from '../../../renderer/src/features/library/rebase-form';

describe('rebaseForm: an open form whose record changed underneath it', () => {
  const was = { status: 'retracted', locator: '', tags: 'a' };
  const now = { status: 'draft', locator: '', tags: 'a' };

  it('takes the new values where the user has not typed, and is not dirty when nothing was typed', () => {
    expect(rebaseForm(was, was, now)).toEqual({
      values: now,
      isDirty: false,
      changed: ['status'],
      kept: [],
    });
  });

  it("keeps the user's edits, and takes the new values of the fields they did not touch", () => {
    const mine = { ...was, locator: 'para. 9' };
    expect(rebaseForm(mine, was, now)).toEqual({
      values: { status: 'draft', locator: 'para. 9', tags: 'a' },
      isDirty: true,
      changed: ['status'],
      kept: [],
    });
  });

  it("keeps the user's value of a field both changed, and names it", () => {
    const mine = { ...was, status: 'verified' };
    expect(rebaseForm(mine, was, now)).toMatchObject({
      values: { status: 'verified' },
      isDirty: true,
      kept: ['status'],
    });
    // The same change on both sides is no clash.
    expect(rebaseForm({ ...was, status: 'draft' }, was, now).kept).toEqual([]);
  });
});
