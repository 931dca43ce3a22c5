import { ValidationError } from './errors';

/**
 * The states a record moves through and the moves allowed between them (a budget's approval, a
 * campaign's flight, a merit cycle), declared once; a move that is not allowed is refused the same
 * way everywhere: VALIDATION_FAILED at the field that asked for it, nothing changed.
 */
export class Lifecycle<S extends string> {
  constructor(
    private readonly noun: string,
    private readonly moves: Readonly<Record<S, readonly S[]>>,
  ) {}

  /** The states `from` may move to. */
  next(from: S): readonly S[] {
    return this.moves[from] ?? [];
  }

  allows(from: S, to: S): boolean {
    return this.next(from).includes(to);
  }

  /** Refuses the move unless allowed; `message` says it in the domain's words when the generic sentence would not. */
  assert(from: S, to: S, field = 'id', message?: string): void {
    if (!this.allows(from, to)) {
      throw new ValidationError(field, message ?? `A ${from.toLowerCase()} ${this.noun} cannot become ${to.toLowerCase()}.`);
    }
  }
}
