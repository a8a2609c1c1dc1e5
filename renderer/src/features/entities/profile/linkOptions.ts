import { linkEndsAllowed, linkTypes, type LinkType } from '@shared/domain/linkTypes';
import type { EntityType } from '@shared/domain/entityTypes';

export interface LinkOption {
  /** `${type}|forwards`: this entity is the link's `from` end; `|backwards`: the other entity is. */
  value: string;
  type: LinkType;
  reversed: boolean;
  label: string;
}

/**
 * The link types that may join these two entities, in each direction they allow. A directed type
 * that fits only the other way round (a site "Lives at" a person) is offered that way round.
 */
export function linkOptions(
  self: { type: EntityType; label: string },
  other: { type: EntityType; label: string },
): LinkOption[] {
  const options: LinkOption[] = [];
  for (const def of linkTypes) {
    const type = def.code as LinkType;
    if (linkEndsAllowed(type, self.type, other.type)) {
      options.push({
        value: `${type}|forwards`,
        type,
        reversed: false,
        label: def.directed
          ? `${self.label} ${def.label.toLowerCase()} ${other.label}`
          : `${def.label}: ${self.label} and ${other.label}`,
      });
    }
    if (def.directed && linkEndsAllowed(type, other.type, self.type)) {
      options.push({
        value: `${type}|backwards`,
        type,
        reversed: true,
        label: `${other.label} ${def.label.toLowerCase()} ${self.label}`,
      });
    }
  }
  return options;
}
