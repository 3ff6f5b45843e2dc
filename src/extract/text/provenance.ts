import type { Confidence, FieldProvenance, ProvenanceMethod } from '../../types.js';

/** A field value with the evidence for it. */
export interface Found<T> {
  readonly value: T;
  readonly provenance: FieldProvenance;
}

/** Provenance for a field found in the text. */
export function found<T>(value: T, method: ProvenanceMethod, evidence: string, line: number, confidence: Confidence): Found<T> {
  return { value, provenance: { method, evidence: evidence.length > 200 ? `${evidence.slice(0, 199)}…` : evidence, line, confidence } };
}

/** The field is absent: null value, method `none`. */
export function notFound(): Found<null> {
  return { value: null, provenance: { method: 'none', confidence: 'low' } };
}
