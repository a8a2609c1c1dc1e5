/**
 * What the generator remembers across cases: which entities are already in the dataset (so a
 * phone or pick-up point met again is the same entity), which identities and names are taken
 * (so two different people never share an identity key), the phone allocator and the URN count.
 */
import { PhoneAllocator } from './identifiers';
import { deriveSeed, Random } from './random';

export class DemoState {
  /** Entity keys already put in the dataset by an earlier case. */
  readonly emitted = new Set<string>();
  /** Identity keys and business names claimed by any case, kept or not. */
  readonly claimed = new Set<string>();
  readonly phones: PhoneAllocator;
  private urns = 0;

  constructor(seed: number) {
    this.phones = new PhoneAllocator(new Random(deriveSeed(seed, 'phones')));
  }

  /** Intelligence report URNs in one sequence: IR/2025/000123 (the year the report was recorded). */
  nextUrn(recordedOn: string): string {
    this.urns += 1;
    return `IR/${recordedOn.slice(0, 4)}/${String(this.urns).padStart(6, '0')}`;
  }
}
