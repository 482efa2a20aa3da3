import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { freshServices, tempDir } from '../../helpers/fixtures';

describe('settings:update', () => {
  it('changes only the settings it is given: saving team folders (the Templates view) keeps the analyst’s name', async () => {
    const dataDir = tempDir();
    const services = freshServices(dataDir);
    try {
      const handlers = services.handlers();
      const team = tempDir();
      expect(await handlers['settings:update']({ analystName: 'Anna Berg' })).toEqual({
        teamFolders: [],
        analystName: 'Anna Berg',
      });
      // What the Templates view sends.
      expect(await handlers['settings:update']({ teamFolders: [team] })).toEqual({
        teamFolders: [team],
        analystName: 'Anna Berg',
      });
      expect(await handlers['settings:get']({})).toEqual({ teamFolders: [team], analystName: 'Anna Berg' });
      // And on disk, as the next start reads it.
      const file = JSON.parse(readFileSync(join(dataDir, 'settings.json'), 'utf8')) as unknown;
      expect(file).toEqual({ teamFolders: [team], analystName: 'Anna Berg' });
      // A refused change keeps what was saved.
      await expect(handlers['settings:update']({ teamFolders: ['relative'] })).rejects.toThrow('full path');
      expect(await handlers['settings:get']({})).toEqual({ teamFolders: [team], analystName: 'Anna Berg' });
    } finally {
      services.close();
    }
  });
});
