/**
 * Reads of personal data (pay, lead contacts, later patient data) are audited: a request notes
 * which record's which fields it returned, and writes one READ entry per record when the response
 * goes out. `ctx.audit.noteRead(...)` is the one way to note one.
 */
export class AuditedReads {
  private readonly reads = new Map<string, Set<string>>();

  noteRead(entityName: string, id: string, fields: Iterable<string>): void {
    const key = `${entityName}|${id}`;
    const noted = this.reads.get(key) ?? new Set<string>();
    for (const field of fields) noted.add(field);
    this.reads.set(key, noted);
  }

  get size(): number {
    return this.reads.size;
  }

  /** The noted reads, emptied: each is written once. */
  take(): { entityName: string; entityId: string; fields: string[] }[] {
    const out = [...this.reads].map(([key, fields]) => {
      const [entityName, entityId] = key.split('|');
      return { entityName, entityId, fields: [...fields].sort() };
    });
    this.reads.clear();
    return out;
  }
}
