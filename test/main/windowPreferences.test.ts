import { describe, expect, it } from 'vitest';
import { workbenchWebPreferences } from '../../electron/main/windowPreferences';

describe('workbench window preferences', () => {
  it('are locked down (snapshot: any change here needs a security review)', () => {
    expect(workbenchWebPreferences('/app/out/preload/index.js')).toMatchInlineSnapshot(`
      {
        "allowRunningInsecureContent": false,
        "contextIsolation": true,
        "devTools": true,
        "disableDialogs": false,
        "experimentalFeatures": false,
        "navigateOnDragDrop": false,
        "nodeIntegration": false,
        "nodeIntegrationInSubFrames": false,
        "nodeIntegrationInWorker": false,
        "preload": "/app/out/preload/index.js",
        "safeDialogs": true,
        "sandbox": true,
        "spellcheck": false,
        "webSecurity": true,
        "webviewTag": false,
      }
    `);
  });
});
