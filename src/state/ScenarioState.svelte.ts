import type { ChartClaim } from '../charts/geometry/chartClaim';
import type { ClaimsFile } from '../claims/claim';
import type { claimsOnChart } from '../claims/claimsOnChart';
import { CATALOGUE_VERSION } from '../data/catalogue';
import { catalogueEdition } from '../data/catalogueHistory';
import { DEFAULT_REFERENCE_IDS, referenceLines, type ReferenceLine } from '../data/referenceLines';
import { shownScenario } from '../data/shownText';
import type { DecodedLink } from '../link/decodeLink';
import type { encodeLink } from '../link/encodeLink';
import { withLocale } from '../i18n/locale';
import { editorPart } from '../i18n/editorPart';
import { SCOPE_NAMES } from '../i18n/en/scopeNames';
import { currentLocale } from '../i18n/wordsFor';
import type { ChartView, LinkState, ShareBasis } from '../link/linkState';
import type { DemographicKey } from '../model/demographicParameters';
import type { ReachEstimate, ReachSummary } from '../model/estimateReach';
import type { ScopeSensitivity } from '../model/sensitivity';
import { ratioKey, type PreferredPair } from '../model/findingPair';
import { drawsRatio, type EstimateWithRatios } from '../model/pairedRatio';
import type { ModelInputs } from '../model/modelInputs';
import type { Range } from '../model/range';
import { describeFinding, FINDING_FOCUS, type Finding } from '../report/describeFinding';
import type { describeProvenance, Provenance } from '../report/describeProvenance';
import { provenanceAtOnce } from '../report/provenanceAtOnce';
import { estimateRecord, type EstimateRecord } from '../report/estimateRecord';
import type { summarizeScope } from '../report/summarizeScope';
import type { PresetEstimate } from '../report/presetEstimate';
import { freshScopeId, scratchScenario } from '../scenario/newScope';
import { resolveScenario } from '../scenario/resolveScenario';
import { MAX_SCOPES, READER_RATIONALE, type Scenario, type Scope, type SourcedRange } from '../scenario/scenario';
import { plainCopy } from './plainCopy';

export type { ChartView, ShareBasis };

export { READER_RATIONALE };

/** Which queue an estimate off the main thread waits in: a newer request replaces only one in its own lane. */
export type EstimateLane = 'scenario' | 'origin';

/**
 * Where the state's estimates are made. `now`: on the spot, when read (tests and tools).
 * `later`: off the main thread (the page's worker); resolves undefined for a request a newer one
 * in its lane replaced. The state imports no model of its own, so a page that never edits need
 * not download it.
 */
export type Estimator = (
  | { now: (inputs: ModelInputs) => ReachEstimate }
  | {
      /** With `preferred`, the estimate may carry the ratio its finding states (`withRatios`). */
      later: (
        inputs: ModelInputs,
        lane: EstimateLane,
        preferred?: PreferredPair,
      ) => Promise<EstimateWithRatios | undefined>;
      /** One scope's sensitivity on its draws (`analyseScope`); undefined if a newer request replaced it. */
      analyse?: (
        inputs: ModelInputs,
        scopeId: string,
        peopleReached: Float64Array,
      ) => Promise<ScopeSensitivity | undefined>;
    }
) & {
  /** A preset's numbers made when the app was built, by preset id, when at hand (`PresetEstimate`). */
  shipped?: (presetId: string) => PresetEstimate | undefined;
};

/**
 * The page's one source of truth: the scenario being edited and the reader's view choices.
 * Everything else (the estimate, the table, the charts) is `$derived` from it.
 */
export class ScenarioState {
  /** The presets downloaded so far: the default, the one the page opened on, and any chosen since. */
  presets: readonly Scenario[] = $state.raw([]);
  readonly #fetchPresets: (ids: readonly string[]) => Promise<readonly Scenario[]>;
  /** The preset the scenario started from; null when started from scratch. */
  presetId = $state<string | null>(null);
  scenario = $state<Scenario>(scratchScenario());
  /**
   * The scenario as plain data, copied once per change and read by everything below that needs a
   * copy (the model's inputs, the provenance, the link): a copy per reader cost 3-4 ms a keystroke.
   * Replaced whole on every change and never mutated, so readers may keep it.
   */
  readonly #scenarioCopy: Scenario = $derived(plainCopy(this.scenario));
  view = $state<ChartView>('reach');
  shareBasis = $state<ShareBasis>('population');
  shownReferenceIds = $state<string[]>([]);
  /** The scopes as the preset (or "add scope") made them, by id: what "reset" returns to. */
  // Reactive, so a scope's reset buttons follow when its default changes (a preset is loaded);
  // replaced whole on every change, never mutated (cheaper to ship than a SvelteMap). Read with
  // `Object.hasOwn`: scope ids come from links, and "constructor" is a valid one.
  #defaultScopes: Readonly<Record<string, Scope>> = $state.raw({});

  #resetDefaults(scopes: readonly Scope[]): void {
    this.#defaultScopes = Object.fromEntries(scopes.map((scope) => [scope.id, scope]));
  }

  #setDefault(scope: Scope): void {
    this.#defaultScopes = { ...this.#defaultScopes, [scope.id]: scope };
  }

  #defaultOf(id: string): Scope | undefined {
    return Object.hasOwn(this.#defaultScopes, id) ? this.#defaultScopes[id] : undefined;
  }

  /** The latest year any scope is set in: the year of the population the chart is drawn against. */
  readonly chartYear = $derived(Math.max(...this.scenario.scopes.map((scope) => scope.base.year)));
  readonly references: ReferenceLine[] = $derived(referenceLines(this.chartYear));
  /** The reference lines the reader has chosen to show, in catalogue order. */
  readonly shownReferences: ReferenceLine[] = $derived(
    this.references.filter((line) => this.shownReferenceIds.includes(line.id)),
  );
  /** Whether the reach chart draws the claims from public debate about this scenario's preset (in the link). */
  showClaims = $state(true);
  /** The shipped claims and the code that places them, once downloaded (`loadClaims`). */
  #claims = $state.raw<{ file: ClaimsFile; claimsOnChart: typeof claimsOnChart } | undefined>();
  /**
   * Downloads the shipped claims, once: the chart draws those made about the scenario's preset.
   * Not part of the first load: a reader sees the chart first, the claims a moment later.
   */
  async loadClaims(): Promise<void> {
    if (this.#claims) return;
    const { SHIPPED_CLAIMS, claimsOnChart } = await import('../claims/shippedClaims');
    this.#claims = { file: SHIPPED_CLAIMS, claimsOnChart };
  }
  /** Every claim about the preset this scenario started from that the reach chart can draw, shown or not. */
  readonly claims: ChartClaim[] = $derived.by(() =>
    this.#claims
      ? this.#claims.claimsOnChart(
          this.#claims.file,
          this.estimatedScenario,
          this.presets.find((preset) => preset.id === this.presetId),
          this.record.results,
        )
      : [],
  );
  /** The claims the reach chart draws: `claims`, unless the reader hid them. */
  readonly shownClaims: ChartClaim[] = $derived(this.showClaims ? this.claims : []);
  /** The figures catalogue the numbers use: the current one, or an older link's (if known). */
  shownCatalogue = $state(CATALOGUE_VERSION);
  /** The scenario's snapshot, resolved against its catalogue: once per change, for those below. */
  readonly #resolved = $derived.by(() => this.#modelInputs());
  /** The model's inputs for the scenario as it is now (scope names are not among them). */
  readonly modelInputs: ModelInputs = $derived(this.#resolved.inputs);
  readonly #inputsKey = $derived(JSON.stringify(this.modelInputs));
  /**
   * The state's product: the scenario's numbers, one Monte Carlo run per change to the model's
   * inputs, whatever reads them (the chart, the table, the finding). Typing a scope's name changes
   * no input: the estimate is reused. A preset as published is read from its shipped numbers
   * (`PresetEstimate`), with no run at all. Off the main thread (the page's worker), a change is
   * estimated there and this stays the earlier estimate until the new one arrives:
   * `estimatePending` says so, and `record` keeps the names it was made with.
   */
  readonly estimate: ReachSummary = $derived.by(() => {
    void this.#arrivals;
    const key = this.#inputsKey;
    if (this.#estimated?.key !== key) {
      const shipped = this.#shippedEstimate();
      if (shipped) this.#estimated = { key, summary: shipped.summary, shipped, made: this.#resolved };
      else if ('now' in this.#estimator) this.#keep(key, this.#estimator.now(this.#resolved.inputs), this.#resolved);
      else this.#request(key, this.#resolved);
    }
    // Off the main thread, the page waits for the first estimate (`prepareEstimate`) before it draws.
    if (!this.#estimated) throw new Error('ScenarioState: no estimate yet; await prepareEstimate() first');
    return this.#estimated.summary;
  });
  /**
   * The estimate with its draws, for the sensitivity panel, which reads the same draws as the
   * chart. Numbers shipped with a preset have none: the first read asks for them (from the worker,
   * the same numbers to the last digit), and this is undefined until they arrive.
   */
  readonly draws: ReachEstimate | undefined = $derived.by(() => {
    void this.estimate;
    const estimated = this.#estimated!;
    if (estimated.draws || estimated.key !== this.#inputsKey) return estimated.draws;
    if ('now' in this.#estimator) this.#keep(estimated.key, this.#estimator.now(this.#resolved.inputs), this.#resolved);
    else this.#request(estimated.key, this.#resolved);
    return this.#estimated!.draws;
  });
  /** True while the numbers shown are an earlier version's: the scenario's own are being estimated. */
  readonly estimatePending: boolean = $derived.by(() => {
    void this.estimate;
    return this.#estimated?.key !== this.#inputsKey;
  });
  /** Why the scenario as it is now could not be estimated (the model failed on it); unset otherwise. */
  estimateProblem = $state<string | undefined>(undefined);
  /**
   * The scenario the numbers shown are for: the one being edited, or while `estimatePending`,
   * the earlier one. Whatever pairs a result with its scope reads the scope from here.
   */
  readonly estimatedScenario: Scenario = $derived.by(() => {
    void this.estimate;
    return this.estimatePending ? this.#estimated!.made.scenario : this.#resolved.scenario;
  });
  /** The estimate as the CLI's JSON record, with the scopes' names: what tables and files read. */
  readonly record: EstimateRecord = $derived.by(() => {
    const estimate = this.estimate;
    const estimated = this.#estimated!;
    // While a change is estimated, the record shown stays the very same object: nothing that
    // reads it (the chart, the finding, the table) is redrawn on a keystroke, only on arrival.
    if (this.estimatePending && this.#lastRecord?.estimated === estimated) return this.#lastRecord.record;
    const { catalogueVersion } = this.estimatePending ? estimated.made : this.#resolved;
    const record = estimateRecord(this.#shownText(this.estimatedScenario), estimate, catalogueVersion);
    this.#lastRecord = { estimated, record };
    return record;
  });
  #lastRecord: { estimated: object; record: EstimateRecord } | undefined;
  /**
   * Each scope's result in one sentence (`summarizeScope`): the table's sentences, the page's
   * description, a debate card's body; none until `loadSummaries` has downloaded their code,
   * which the page starts after its first screen (none of them is on it).
   */
  readonly summaries: string[] = $derived.by(() => {
    const summarize = this.#summarizeScope;
    if (!summarize) return [];
    return this.record.results.map((result, i) => summarize(result, this.estimatedScenario.scopes[i]!));
  });
  #summarizeScope = $state.raw<typeof summarizeScope | undefined>();
  /** Downloads the code of the scopes' sentences (`summaries`). */
  async loadSummaries(): Promise<void> {
    this.#summarizeScope ??= (await import('../report/summarizeScope')).summarizeScope;
  }
  /**
   * The latest numbers, the model inputs they are for, and the scenario and catalogue they were
   * made from: an estimate with its draws, or a preset's shipped summary and finding ratios.
   */
  #estimated:
    | {
        key: string;
        summary: ReachSummary;
        /** The estimate with its draws; else the shipped numbers the summary is from. */
        draws?: ReachEstimate;
        shipped?: PresetEstimate;
        made: { scenario: Scenario; catalogueVersion: string };
      }
    | undefined;
  /** Counts estimates arrived from off the main thread: what `estimate` re-reads on. */
  #arrivals = $state(0);
  /** The inputs last sent off the main thread, so one change is sent once. */
  #requestedKey: string | undefined;
  /** Where estimates are made: on the spot, or off the main thread. */
  readonly #estimator: Estimator;

  /**
   * Resolves once the numbers shown are the scenario's own (at once unless `estimatePending`), so
   * a file or a citation never pairs a change with the numbers from before it; rejects with the
   * model's message if the change cannot be estimated.
   */
  whenCurrent(): Promise<void> {
    if (this.#estimated?.key === this.#inputsKey) return Promise.resolve();
    // The model already failed on these inputs and nothing asks again until they change: a
    // download asked for now gets the model's message, not a wait that never ends.
    if (this.#failed?.key === this.#inputsKey) return Promise.reject(new Error(this.#failed.message));
    return new Promise((resolve, reject) => this.#waiting.push({ resolve, reject }));
  }
  #waiting: { resolve: () => void; reject: (error: Error) => void }[] = [];
  /** The inputs the model last failed on, and its message. */
  #failed: { key: string; message: string } | undefined;

  /** Settles `whenCurrent`'s promises: the numbers are current, or the model failed on the change. */
  #settleWaiting(error?: Error): void {
    if (!error && this.#estimated?.key !== this.#inputsKey) return;
    for (const waiter of this.#waiting.splice(0))
      if (error) waiter.reject(error);
      else waiter.resolve();
  }

  /**
   * What drives one scope's range, on the draws the chart shows (the sensitivity panel): in the
   * worker when the estimator has one, else with the model loaded into the page. Undefined while
   * the draws are not at hand or the numbers are pending, or when a newer request replaced it.
   */
  async analyse(scopeId: string): Promise<ScopeSensitivity | undefined> {
    const estimate = this.estimatePending ? undefined : this.draws;
    const scope = estimate?.scopes.find((candidate) => candidate.id === scopeId);
    if (!scope) return undefined;
    const inputs = this.modelInputs;
    if ('later' in this.#estimator && this.#estimator.analyse)
      return this.#estimator.analyse(inputs, scopeId, scope.draws.peopleReached);
    const { analyseScope } = await import('../model/sensitivity');
    return analyseScope(inputs, scopeId, scope.draws.peopleReached);
  }

  /** Keeps an estimate made with its draws as the latest numbers. */
  #keep(key: string, estimate: ReachEstimate, made: { scenario: Scenario; catalogueVersion: string }): void {
    this.#estimated = { key, summary: estimate, draws: estimate, made };
    this.#keepIfOrigin(made, estimate);
  }

  /** The shipped numbers of the scenario as it is now: a preset as published, on the current catalogue. */
  #shippedEstimate(): PresetEstimate | undefined {
    if (this.presetId === null || this.shownCatalogue !== CATALOGUE_VERSION || this.provenance.kind !== 'preset')
      return undefined;
    const shipped = this.#estimator.shipped?.(this.presetId);
    const preset = this.presets.find((candidate) => candidate.id === this.presetId);
    if (shipped?.catalogueVersion !== CATALOGUE_VERSION || !preset) return undefined;
    // The numbers stand for the preset's model inputs: they are shown only for those very inputs,
    // not on the provenance's word alone, which a field it does not compare would get wrong.
    let presetKey = this.#presetInputKeys.get(preset);
    if (presetKey === undefined) {
      presetKey = JSON.stringify(resolveScenario(preset));
      this.#presetInputKeys.set(preset, presetKey);
    }
    return presetKey === this.#inputsKey ? shipped : undefined;
  }
  /** Each preset's model inputs on the current catalogue, as `#inputsKey` writes them: a cache. */
  readonly #presetInputKeys = new WeakMap<Scenario, string>();

  /** Sends the scenario as it is now off the main thread; its estimate replaces the shown one when it arrives. */
  #request(key: string, resolved: { scenario: Scenario; inputs: ModelInputs; catalogueVersion: string }): void {
    if (this.#requestedKey === key) return;
    this.#requestedKey = key;
    // Asked again (an undo back to inputs that failed): downloads wait for this answer instead.
    if (this.#failed?.key === key) this.#failed = undefined;
    const preferred = this.presetId === null ? undefined : FINDING_FOCUS[this.presetId];
    (this.#estimator as Extract<Estimator, { later: unknown }>).later(resolved.inputs, 'scenario', preferred).then(
      (estimate) => {
        // Undefined: a newer change replaced this one before it was estimated.
        if (!estimate) return;
        if (this.#requestedKey === key) this.#requestedKey = undefined;
        this.#keep(key, estimate, resolved);
        this.estimateProblem = undefined;
        this.#arrivals++;
        this.#settleWaiting();
      },
      (error: unknown) => {
        this.#requestedKey = undefined;
        this.estimateProblem = error instanceof Error ? error.message : String(error);
        this.#failed = { key, message: this.estimateProblem };
        this.#settleWaiting(new Error(this.estimateProblem));
      },
    );
  }

  /** The model's inputs for the scenario as it is now, and the catalogue they come from. */
  #modelInputs(): { scenario: Scenario; inputs: ModelInputs; catalogueVersion: string } {
    // A plain copy: the model reads every field once per scope, and proxies would slow that down.
    const scenario = this.#scenarioCopy;
    const edition = catalogueEdition(this.shownCatalogue);
    return {
      scenario,
      inputs: resolveScenario(scenario, edition),
      catalogueVersion: edition?.version ?? CATALOGUE_VERSION,
    };
  }

  /**
   * Waits for the estimate of the scenario as it is now, so the page draws real numbers first:
   * off the main thread, the state has nothing to show until then. A preset as published takes
   * its shipped numbers at once, with no run; on the spot, a no-op.
   */
  async prepareEstimate(): Promise<void> {
    if ('now' in this.#estimator) return;
    const made = this.#modelInputs();
    const shipped = this.#shippedEstimate();
    if (shipped) {
      this.#estimated = { key: JSON.stringify(made.inputs), summary: shipped.summary, shipped, made };
      return;
    }
    let estimate: ReachEstimate | undefined;
    // Nothing else is estimated yet at the start, so this is not replaced; if it were, ask again.
    while (!estimate) estimate = await this.#estimator.later(made.inputs, 'scenario');
    this.#keep(JSON.stringify(made.inputs), estimate, made);
  }

  /**
   * Keeps an estimate of the preset as published as the origin of later edits (`originRecord`),
   * so the first edit of a preset does not estimate the preset a second time, on the main thread.
   */
  #keepIfOrigin(made: { scenario: Scenario; catalogueVersion: string }, estimate: ReachSummary): void {
    const preset = this.presets.find((candidate) => candidate.id === this.presetId);
    if (!preset || made.catalogueVersion !== this.shownCatalogue) return;
    if (this.#provenanceOf(made.scenario).kind !== 'preset') return;
    this.#origin = {
      key: `${preset.id}|${this.shownCatalogue}`,
      record: estimateRecord(preset, estimate, made.catalogueVersion),
    };
  }

  /**
   * The scenario's own words as the page shows them: where a title, description or scope name is
   * still the preset's, the preset's words in the page's edition (`shownScenario`). For display
   * only: the scenario, its link, its provenance and its numbers are made from the scenario itself.
   */
  #shownText(scenario: Scenario): Scenario {
    return shownScenario(
      scenario,
      this.presets.find((preset) => preset.id === this.presetId),
    );
  }

  /** The scenario's description as the page shows it (`#shownText`). */
  readonly shownDescription: string = $derived(this.#shownText(this.#scenarioCopy).description);

  /**
   * Where the numbers come from: a preset as published, a preset with named changes, or scratch;
   * the preset's title shown in the page's edition.
   */
  readonly provenance: Provenance = $derived.by(() => {
    const provenance = this.#provenanceOf(this.#scenarioCopy);
    const { title } = this.#scenarioCopy;
    const shown = this.#shownText(this.#scenarioCopy).title;
    return shown === title ? provenance : { ...provenance, shownTitle: provenance.shownTitle.replace(title, shown) };
  });

  /**
   * The edits that can have moved each scope's numbers (`Provenance.causes`), for the scenario the
   * numbers shown were made for: while a change is being estimated it is not yet in them, so it is
   * not named as their cause.
   */
  readonly causes: Record<string, string[]> = $derived.by(() =>
    this.estimatePending ? this.#provenanceOf(this.estimatedScenario).causes : this.provenance.causes,
  );

  /**
   * The code that names each change from the preset (`describeProvenance`), downloaded once a
   * scenario differs from its preset (`loadProvenance`): until then a modified scenario is named
   * modified at once (`provenanceAtOnce`), its changes following.
   */
  #describeProvenance = $state.raw<typeof describeProvenance | undefined>();
  #provenanceOf(scenario: Scenario): Provenance {
    const preset = this.presets.find((candidate) => candidate.id === this.presetId);
    return (this.#describeProvenance ?? provenanceAtOnce)(scenario, preset);
  }
  /** Downloads the code that names each change (the page starts it once `provenance.pending`). */
  async loadProvenance(): Promise<void> {
    this.#describeProvenance ??= (await import('../report/describeProvenance')).describeProvenance;
  }

  /**
   * The card's headline: the finding in words, with a ratio from the estimate's paired draws,
   * computed where they were made (a preset's shipped ratios, the worker's) or else here.
   */
  readonly finding: Finding = $derived.by(() => {
    const { results } = this.record;
    void this.estimate;
    const { draws, shipped } = this.#estimated!;
    const ratios = shipped?.ratios ?? (draws as EstimateWithRatios | undefined)?.ratios;
    const ratioOf = (focus: number, base: number) =>
      ratios?.[ratioKey(focus, base)] ?? (draws && drawsRatio(draws)(focus, base));
    return describeFinding(results, ratioOf, this.presetId ?? undefined);
  });

  /**
   * The preset's own results while the scenario is an edited preset, for the chart's ghosts and
   * signed changes; undefined otherwise. Estimated once per preset and catalogue, not per edit.
   */
  readonly originRecord: EstimateRecord | undefined = $derived.by(() => {
    void this.#arrivals;
    if (this.provenance.kind !== 'modified') return undefined;
    const preset = this.presets.find((candidate) => candidate.id === this.presetId);
    if (!preset) return undefined;
    const edition = catalogueEdition(this.shownCatalogue);
    const key = `${preset.id}|${this.shownCatalogue}`;
    if (this.#origin?.key === key) return this.#origin.record;
    const inputs = resolveScenario(preset, edition);
    const catalogueVersion = edition?.version ?? CATALOGUE_VERSION;
    const shipped = this.#estimator.shipped?.(preset.id);
    if (shipped && shipped.catalogueVersion === catalogueVersion) {
      this.#origin = { key, record: estimateRecord(preset, shipped.summary, catalogueVersion) };
      return this.#origin.record;
    }
    if ('now' in this.#estimator) {
      this.#origin = { key, record: estimateRecord(preset, this.#estimator.now(inputs), catalogueVersion) };
      return this.#origin.record;
    }
    // Off the main thread: no ghosts until the preset's estimate arrives.
    if (this.#originRequested !== key) {
      this.#originRequested = key;
      void this.#estimator.later(inputs, 'origin').then((estimate) => {
        if (this.#originRequested !== key) return;
        this.#originRequested = undefined;
        if (estimate) this.#origin = { key, record: estimateRecord(preset, estimate, catalogueVersion) };
        this.#arrivals++;
      });
    }
    return undefined;
  });
  #origin: { key: string; record: EstimateRecord } | undefined;
  /** The preset estimate asked for off the main thread, until it arrives. */
  #originRequested: string | undefined;
  /** The preset's median reach by scope id while the scenario is an edited preset (the charts' ghosts). */
  readonly originMedians: ReadonlyMap<string, number> | undefined = $derived(
    // Replaced whole whenever the preset's estimate changes, never mutated: a plain Map is enough.
    // eslint-disable-next-line svelte/prefer-svelte-reactivity
    this.originRecord && new Map(this.originRecord.results.map((result) => [result.id, result.reach.median])),
  );

  /** What could not be read from the link the page was opened with (shown in an alert). */
  linkProblems = $state<string[]>([]);
  /** The figures catalogue a link was made with, when it is not the current one. */
  linkCatalogue = $state<string | undefined>(undefined);

  /** Everything a share link carries, as plain data. */
  readonly linkState: LinkState = $derived.by(() => ({
    scenario: this.#scenarioCopy,
    presetId: this.presetId,
    view: this.view,
    shareBasis: this.shareBasis,
    shownReferenceIds: [...this.shownReferenceIds],
    showClaims: this.showClaims,
  }));
  /** The link encoder, once downloaded (`loadLinkEncoder`). */
  #encodeLink = $state.raw<typeof encodeLink | undefined>();
  /**
   * Downloads the link encoder, once. The first screen writes no link: the address stays as it
   * was opened until the reader changes something, and the share bar comes after the chart.
   */
  async loadLinkEncoder(): Promise<void> {
    this.#encodeLink ??= (await import('../link/encodeLink')).encodeLink;
  }
  /**
   * The query the address bar was last given (`syncUrl`), a moment behind typing: what shows the
   * link's length without encoding the link on every keystroke. Undefined until the first write.
   */
  addressQuery = $state<string | undefined>();
  /** The share link's query string for the page as it is now; undefined until `loadLinkEncoder` is done. */
  readonly query: string | undefined = $derived.by(() => {
    const query = this.#encodeLink?.(this.linkState, this.presets, this.shownCatalogue);
    // The page's language travels with its links (embeds, exports and citations read this query).
    return query === undefined ? undefined : withLocale(query, currentLocale());
  });
  /**
   * `query`, for the parts of the page that load with the encoder (the share bar, the editors):
   * throws when it is not here, so a missing link can never pass as the default one.
   */
  get loadedQuery(): string {
    if (this.query === undefined) throw new Error('The link encoder is not loaded: await loadLinkEncoder() first.');
    return this.query;
  }
  /** What the link says, as data, to tell whether it changed before the encoder is at hand. */
  readonly linkKey: string = $derived(JSON.stringify([this.linkState, this.shownCatalogue]));
  /**
   * Changes to this key are steps a reader may want to go Back over (another preset, a scope
   * added, removed or moved, another chart); other edits replace the current history entry.
   */
  readonly historyKey: string = $derived(
    [this.presetId, this.view, this.shareBasis, ...this.scenario.scopes.map((s) => s.id)].join('|'),
  );

  /**
   * @param estimator where estimates are made: `{ now: estimateReach }` on the spot (tests pass a
   *   wrapper that counts runs), or `{ later }` off the main thread (the page's worker), when the
   *   state shows the earlier estimate until a change's arrives (`estimatePending`)
   * @param presets the presets at hand (checked when the app is built)
   * @param initial a decoded link to open on, or the id of a preset (default: the first)
   * @param fetchPresets downloads more presets by id, for `ensurePresets`
   */
  constructor(
    estimator: Estimator,
    presets: readonly Scenario[],
    initial?: string | DecodedLink,
    fetchPresets: (ids: readonly string[]) => Promise<readonly Scenario[]> = async () => [],
  ) {
    this.#estimator = estimator;
    this.presets = presets;
    this.#fetchPresets = fetchPresets;
    if (typeof initial === 'object') {
      this.applyLink(initial);
      return;
    }
    const first = presets.find((p) => p.id === initial) ?? presets[0];
    if (first) this.loadPreset(first.id);
    else this.startFromScratch();
    this.shownReferenceIds = [...DEFAULT_REFERENCE_IDS];
  }

  /** Puts the page in the state a link describes, and records what could not be read. */
  applyLink(decoded: DecodedLink): void {
    const { state } = decoded;
    this.scenario = structuredClone(state.scenario);
    this.presetId = state.presetId;
    this.view = state.view;
    this.shareBasis = state.shareBasis;
    this.shownReferenceIds = [...state.shownReferenceIds];
    this.showClaims = state.showClaims;
    this.#resetDefaults([...decoded.defaults.values()]);
    this.linkProblems = decoded.problems;
    this.linkCatalogue = decoded.olderCatalogue;
    this.shownCatalogue = CATALOGUE_VERSION;
  }

  /** Everything an edit can change, as plain data: what undo returns to (see `EditHistory`). */
  snapshot(): StateSnapshot {
    return {
      // Kept as it is: the link state is replaced whole on every change, never mutated.
      link: this.linkState,
      defaults: this.#defaultScopes,
    };
  }

  /** Puts the page back as a snapshot had it. */
  restore(snapshot: StateSnapshot): void {
    const { link, defaults } = structuredClone(snapshot);
    this.scenario = link.scenario;
    this.presetId = link.presetId;
    this.view = link.view;
    this.shareBasis = link.shareBasis;
    this.shownReferenceIds = link.shownReferenceIds;
    this.showClaims = link.showClaims;
    this.#defaultScopes = defaults;
  }

  /**
   * Downloads the presets with these ids that are not here yet, so a preset can be loaded or a
   * link read against it. Rejects if a download fails; an unknown id is ignored.
   */
  async ensurePresets(ids: readonly (string | null)[]): Promise<void> {
    const missing = ids.filter((id): id is string => id !== null && !this.presets.some((p) => p.id === id));
    if (missing.length === 0) return;
    const fetched = await this.#fetchPresets(missing);
    const isNew = (preset: Scenario) => !this.presets.some((p) => p.id === preset.id);
    this.presets = [...this.presets, ...fetched.filter(isNew)];
  }

  /** Loads a preset that is here; see `ensurePresets`. */
  loadPreset(id: string): void {
    const preset = this.presets.find((p) => p.id === id);
    if (!preset) return;
    this.scenario = structuredClone(preset);
    this.presetId = id;
    this.#resetDefaults(preset.scopes.map((scope) => structuredClone(scope)));
  }

  startFromScratch(): void {
    const scratch = scratchScenario();
    this.scenario = structuredClone(scratch);
    this.presetId = null;
    // From the plain object: structuredClone cannot copy the state proxy.
    this.#resetDefaults(scratch.scopes);
  }

  get canAddScope(): boolean {
    return this.scenario.scopes.length < MAX_SCOPES;
  }

  /** Adds a copy of the last scope (or the default scope) at the end; returns its id. */
  addScope(): string | undefined {
    if (!this.canAddScope) return undefined;
    const scopes = this.scenario.scopes;
    const id = freshScopeId(scopes);
    const template = scratchScenario().scopes[0]!;
    const label = editorPart('names', SCOPE_NAMES).added(scopes.length + 1);
    const scope: Scope = { ...structuredClone(template), id, label };
    scopes.push(scope);
    this.#setDefault(structuredClone(scope));
    return id;
  }

  /** Inserts a copy of scope `index` right after it; returns the copy's id. */
  duplicateScope(index: number): string | undefined {
    const source = this.scenario.scopes[index];
    if (!source || !this.canAddScope) return undefined;
    // The description is not copied: it describes the original, and the copy is made to be changed.
    const { description: _description, ...rest } = $state.snapshot(source) as Scope;
    const copy: Scope = {
      ...rest,
      id: freshScopeId(this.scenario.scopes, source.id),
      label: editorPart('names', SCOPE_NAMES).copy(source.label).slice(0, 200),
    };
    this.scenario.scopes.splice(index + 1, 0, copy);
    const sourceDefault = this.#defaultOf(source.id);
    const { description: _unused, ...defaultRest } = sourceDefault ?? copy;
    this.#setDefault(structuredClone({ ...defaultRest, id: copy.id }));
    return copy.id;
  }

  /** Removes scope `index`, keeping at least one scope. */
  removeScope(index: number): void {
    if (this.scenario.scopes.length <= 1) return;
    this.scenario.scopes.splice(index, 1);
  }

  /** Moves scope `index` up (-1) or down (+1). */
  moveScope(index: number, delta: -1 | 1): void {
    const target = index + delta;
    const scopes = this.scenario.scopes;
    if (target < 0 || target >= scopes.length) return;
    const [scope] = scopes.splice(index, 1);
    scopes.splice(target, 0, scope!);
  }

  /** Replaces some fields of scope `index`. Callers pass only values already checked. */
  updateScope(index: number, patch: Partial<Omit<Scope, 'id'>>): void {
    const scope = this.scenario.scopes[index];
    if (scope) Object.assign(scope, patch);
  }

  /** The scope as it was before the reader's edits. */
  defaultScope(id: string): Scope | undefined {
    return this.#defaultOf(id);
  }

  /** Sets a demographic assumption's range; `undefined` returns it to the catalogue's default. */
  setAssumption(key: DemographicKey, range: Range | undefined): void {
    if (range === undefined) delete this.scenario.assumptions[key];
    else this.scenario.assumptions[key] = withRationale(range, this.scenario.assumptions[key]);
  }
}

/** The page's state at one moment, for undo and redo. */
export interface StateSnapshot {
  link: LinkState;
  /** Each scope's reset target, by id. */
  defaults: Readonly<Record<string, Scope>>;
}

/** A typed range keeps the reason it had if its values are unchanged, else says the reader set it. */
export function withRationale(range: Range, previous: SourcedRange | undefined): SourcedRange {
  const unchanged =
    previous && previous.low === range.low && previous.mode === range.mode && previous.high === range.high;
  if (unchanged) return previous;
  return { ...range, rationale: READER_RATIONALE };
}
