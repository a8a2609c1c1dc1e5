import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

/** Feeds the project's real ESLint configuration code that crosses DESIGN.md's folder boundaries. */
const eslint = new ESLint({ cwd: process.cwd() });

async function messagesFor(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((message) => `${message.ruleId}: ${message.message}`);
}

describe('architecture boundaries enforced by lint', () => {
  it('refuses a renderer file that imports electron and node:fs', async () => {
    const messages = await messagesFor(
      'renderer/src/features/bad/Leak.tsx',
      "import { ipcRenderer } from 'electron';\nimport fs from 'node:fs';\nexport const leak = [ipcRenderer, fs];\n",
    );
    expect(messages.filter((m) => m.startsWith('no-restricted-imports'))).toHaveLength(2);
    expect(messages.join('\n')).toMatch(/Only electron\/main and electron\/preload may import electron/);
    expect(messages.join('\n')).toMatch(/Node built-ins are not available here/);
  });

  it('refuses a renderer file that reaches into the engine directly', async () => {
    const messages = await messagesFor('renderer/src/features/bad/Direct.tsx', "import { createEngine } from '../../../../electron/engine/index';\nexport const e = createEngine;\n");
    expect(messages.join('\n')).toMatch(/only through window.fenlight/);
  });

  it('refuses shared code that uses React, Node or the DOM', async () => {
    const messages = await messagesFor(
      'shared/bad.ts',
      "import React from 'react';\nimport path from 'path';\nexport const x = [React, path, document.title, process.env.HOME];\n",
    );
    expect(messages.filter((m) => m.startsWith('no-restricted-imports'))).toHaveLength(2);
    expect(messages.filter((m) => m.startsWith('no-restricted-globals'))).toHaveLength(2);
  });

  it('refuses an engine file that imports electron or the shell', async () => {
    const messages = await messagesFor(
      'electron/engine/bad.ts',
      "import { app } from 'electron';\nimport { buildInfo } from '../main/buildInfo';\nexport const x = [app, buildInfo];\n",
    );
    expect(messages.filter((m) => m.startsWith('no-restricted-imports'))).toHaveLength(2);
  });

  it('refuses rendering untrusted text as HTML', async () => {
    const messages = await messagesFor(
      'renderer/src/features/bad/Html.tsx',
      'export function Bad({ text }: { text: string }) { return <div dangerouslySetInnerHTML={{ __html: text }} />; }\n',
    );
    expect(messages.join('\n')).toMatch(/rendered as text only/);
  });

  it('accepts a renderer file that goes through the contract', async () => {
    const messages = await messagesFor(
      'renderer/src/features/good/Fine.ts',
      "import { call } from '../../lib/fenlight';\nexport const info = () => call('app.info', {});\n",
    );
    expect(messages).toEqual([]);
  });
});
