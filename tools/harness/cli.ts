import { parseArgs } from 'node:util';
import { startHarness } from './harness';

const usage = 'Usage: npm run harness -- --data-dir DIR [--port N]';

async function main(): Promise<void> {
  let values: { 'data-dir'?: string; port?: string; help?: boolean };
  try {
    ({ values } = parseArgs({
      options: { 'data-dir': { type: 'string' }, port: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    }));
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n${usage}\n`);
    process.exit(2);
  }
  if (values.help) {
    process.stdout.write(`${usage}\n`);
    return;
  }
  const dataDir = values['data-dir'];
  const port = values.port === undefined ? 0 : Number(values.port);
  if (!dataDir || !Number.isInteger(port) || port < 0 || port > 65535) {
    process.stderr.write(`${usage}\n`);
    process.exit(2);
  }
  const harness = await startHarness({ dataDir, port });
  process.stdout.write(`Fenlight harness ready at ${harness.url}\n`);
  const stop = () => {
    void harness.close().then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: unknown) => {
  process.stderr.write(`Fenlight harness failed to start: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
