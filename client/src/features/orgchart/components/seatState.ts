/** How a seat is drawn right now, decided by the page from the selection and the search. */
export interface SeatState {
  selected: boolean;
  /** The search result the user picked. */
  match: boolean;
  /** Dotted-line relation to the selected seat. */
  relation: 'supervisor' | 'supervisee' | null;
}
