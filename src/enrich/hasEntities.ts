import type { Entities } from '../types.js';

/** Whether a record already carries any entity (stated, or recognised earlier). */
export function hasEntities(entities: Entities): boolean {
  return entities.people.length + entities.places.length + entities.organisations.length > 0;
}
