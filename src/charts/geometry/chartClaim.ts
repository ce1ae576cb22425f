/**
 * A claim from public debate about one scope's reach, as the reach chart draws it: a row of its
 * own under that scope, marking the range of people the claim's words allow, so a reader sees the
 * claim against the estimate. The claims layer turns a claim into this (`claimsOnChart`); the
 * chart kit reads nothing else of it.
 */
export interface ChartClaim {
  /** Unique among the chart's claims. */
  id: string;
  /** The scope the claim is drawn under (the last of the scopes it is tested against). */
  scopeId: string;
  /** What the words assert, short: "Up to 270 million", "A quarter of the population". */
  name: string;
  /** Who said it and when: "Matador Network, 2020". */
  detail: string;
  /** The range of people the words allow, persons (a share is read against the scope's population). */
  lowPeople: number;
  highPeople: number;
  /**
   * What the claim's row says, written with the claim (`chartClaimTexts`), so the chart carries no
   * words for claims until claims arrive: its direct label ("Claimed: 265–270 million"), its row in
   * words (its `<title>`), and its part of the chart's description.
   */
  labelText: string;
  summary: string;
  inWords: string;
}
