import { parentPort, workerData } from 'node:worker_threads';
import { createEngine, type Engine } from '../index';
import type { FromWorker, ToWorker, WorkerData } from './protocol';

/** The engine worker thread: owns the vault; everything arrives as contract calls. */
function main(): void {
  const port = parentPort;
  if (!port) throw new Error('The engine entry must run in a worker thread.');
  const send = (message: FromWorker) => port.postMessage(message);

  let engine: Engine;
  try {
    engine = createEngine((workerData as WorkerData).options);
  } catch (error) {
    send({ type: 'init-failed', message: error instanceof Error ? error.message : String(error) });
    return;
  }
  engine.subscribe((event) => send({ type: 'event', event }));

  port.on('message', (message: ToWorker) => {
    if (message.type === 'call') {
      void engine.call(message.name, message.input).then((result) => send({ type: 'result', id: message.id, result }));
    } else if (message.type === 'shutdown') {
      void engine.close().finally(() => {
        send({ type: 'closed' });
        port.close();
      });
    }
  });
  send({ type: 'ready' });
}

main();
