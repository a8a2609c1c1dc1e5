import { describe, expect, it } from 'vitest';
import { callNames, contract, engineCallNames, errorCodes, eventNames, shellCallNames, toContractError, FenlightError } from '@shared/contract';
import { decodeWire, encodeWire } from '@shared/contract/wireCodec';
import { contentSecurityPolicy } from '@shared/security/csp';

describe('the contract', () => {
  it('names every call as domain.verb', () => {
    for (const name of callNames) expect(name).toMatch(/^[a-z]+(\.[a-zA-Z]+)+$/);
  });

  it('gives every call an input schema', () => {
    for (const name of callNames) expect(typeof contract[name].input.safeParse).toBe('function');
  });

  it('splits calls between the engine and the shell with nothing left over', () => {
    expect([...engineCallNames, ...shellCallNames].sort()).toEqual([...callNames].sort());
    expect(shellCallNames.every((name) => name.startsWith('shell.'))).toBe(true);
  });

  it('declares the events the shell and engine send', () => {
    expect(eventNames).toEqual(expect.arrayContaining(['job.progress', 'job.finished', 'vault.locked', 'data.changed', 'shell.command']));
  });

  it('has a closed set of error codes including those DESIGN.md names', () => {
    expect(errorCodes).toEqual(
      expect.arrayContaining(['VAULT_LOCKED', 'WRONG_PASSPHRASE', 'INVALID_INPUT', 'NOT_FOUND', 'CONFLICT', 'CANCELLED', 'INTERNAL']),
    );
  });

  it('turns unknown failures into INTERNAL without their message', () => {
    expect(toContractError(new Error('SQLITE_CORRUPT: SELECT original_text FROM report'))).toEqual({
      code: 'INTERNAL',
      message: expect.not.stringContaining('SQLITE'),
    });
    expect(toContractError(new FenlightError('NOT_FOUND', 'No such report.'))).toEqual({ code: 'NOT_FOUND', message: 'No such report.' });
  });
});

describe('the harness wire codec', () => {
  it('carries binary data and plain values through JSON', () => {
    const value = { name: 'chart.png', bytes: new Uint8Array([0, 1, 254, 255]), nested: [{ n: 1 }], text: 'Ionuț' };
    const decoded = decodeWire(encodeWire(value)) as typeof value;
    expect(decoded.bytes).toBeInstanceOf(Uint8Array);
    expect([...decoded.bytes]).toEqual([0, 1, 254, 255]);
    expect(decoded).toEqual(value);
  });

  it('copes with large binary payloads', () => {
    const bytes = new Uint8Array(1_000_000).map((_, i) => i % 251);
    const decoded = decodeWire(encodeWire(bytes)) as Uint8Array;
    // Compared as one string: element-by-element deep equality of a million bytes is needlessly slow.
    expect(decoded.length).toBe(bytes.length);
    expect(Buffer.from(decoded).equals(Buffer.from(bytes))).toBe(true);
  });
});

describe('content security policy', () => {
  it('allows only the app itself, with no inline script', () => {
    const csp = contentSecurityPolicy();
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toMatch(/unsafe|https?:|\*/);
  });

  it('leaves frame-ancestors out of the meta-tag copy, where browsers ignore it', () => {
    expect(contentSecurityPolicy({ forMetaTag: true })).not.toContain('frame-ancestors');
  });
});
