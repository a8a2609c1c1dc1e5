import { Worker } from 'node:worker_threads';
import { failed, type AnyEvent, type CallResult } from '@shared/contract';
import type { EngineOptions } from '../options';
import type { FromWorker, ToWorker, WorkerData } from '../worker/protocol';

export interface EngineHostOptions {
  /** The built worker entry (out/main/engine.js) or, in tests, a tsx bootstrap of the source. */
  workerEntry: string;
  engine: Omit<EngineOptions, 'log' | 'now'>;
  /** Reports worker crashes and restarts (never call inputs or keys). */
  log?: (message: string) => void;
}

type EventListener = (event: AnyEvent) => void;

const ENGINE_STOPPED =
  'Fenlight’s engine stopped unexpectedly and has been restarted. Any open vault was locked to protect it: unlock it to carry on.';

/**
 * Runs the engine in a worker thread for main (or the harness) and forwards calls to it.
 * If the worker dies, pending calls get a contract error, a lock event is sent and a fresh
 * worker starts: the shell itself never crashes because of the engine.
 */
export class EngineHost {
  private worker: Worker | null = null;
  private nextId = 1;
  private readonly pending = new Map<number, (result: CallResult<unknown>) => void>();
  private readonly listeners = new Set<EventListener>();
  private stopping = false;
  private ready: Promise<void> = Promise.resolve();

  private constructor(private readonly options: EngineHostOptions) {}

  static async start(options: EngineHostOptions): Promise<EngineHost> {
    const host = new EngineHost(options);
    host.spawn();
    await host.ready;
    return host;
  }

  async call(name: string, input: unknown): Promise<CallResult<unknown>> {
    await this.ready;
    const worker = this.worker;
    if (!worker || this.stopping) {
      return failed({ code: 'INTERNAL', message: 'Fenlight is shutting down.' });
    }
    const id = this.nextId++;
    return new Promise((resolve) => {
      this.pending.set(id, resolve);
      const message: ToWorker = { type: 'call', id, name, input };
      try {
        worker.postMessage(message);
      } catch {
        this.pending.delete(id);
        resolve(failed({ code: 'INVALID_INPUT', message: 'That request contained data that cannot be sent to the engine.' }));
      }
    });
  }

  subscribe(listener: EventListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  async stop(): Promise<void> {
    this.stopping = true;
    const worker = this.worker;
    if (!worker) return;
    await new Promise<void>((resolve) => {
      const timer = setTimeout(() => void worker.terminate().then(() => resolve()), 5000);
      worker.once('exit', () => {
        clearTimeout(timer);
        resolve();
      });
      worker.postMessage({ type: 'shutdown' } satisfies ToWorker);
    });
    this.worker = null;
  }

  private spawn(): void {
    const data: WorkerData = { options: this.options.engine };
    const worker = new Worker(this.options.workerEntry, {
      workerData: data,
      stderr: false,
      stdout: false,
    });
    this.worker = worker;
    this.ready = new Promise<void>((resolve, reject) => {
      const onMessage = (message: FromWorker) => {
        if (message.type === 'ready') resolve();
        else if (message.type === 'init-failed') reject(new Error(`The engine could not start: ${message.message}`));
      };
      worker.on('message', onMessage);
      worker.once('error', reject);
      worker.once('exit', (code) => reject(new Error(`The engine stopped while starting (exit code ${code}).`)));
    });
    worker.on('message', (message: FromWorker) => this.receive(message));
    worker.on('error', (error) => this.log(`Fenlight engine worker error: ${error.stack ?? error.message}`));
    worker.on('exit', (code) => this.onExit(worker, code));
    // Readiness failures surface through start(); later crashes are handled by onExit.
    this.ready.catch(() => undefined);
  }

  private receive(message: FromWorker): void {
    if (message.type === 'result') {
      const resolve = this.pending.get(message.id);
      this.pending.delete(message.id);
      resolve?.(message.result);
    } else if (message.type === 'event') {
      for (const listener of this.listeners) listener(message.event);
    }
  }

  private onExit(worker: Worker, code: number): void {
    if (this.worker !== worker) return;
    this.worker = null;
    for (const resolve of this.pending.values()) resolve(failed({ code: 'INTERNAL', message: ENGINE_STOPPED }));
    this.pending.clear();
    if (this.stopping) return;
    this.log(`Fenlight engine worker exited unexpectedly (code ${code}); restarting.`);
    const locked: AnyEvent = { name: 'vault.locked', payload: { reason: 'engine-restart' } };
    for (const listener of this.listeners) listener(locked);
    this.spawn();
  }

  private log(message: string): void {
    (this.options.log ?? ((text: string) => process.stderr.write(`${text}\n`)))(message);
  }
}
