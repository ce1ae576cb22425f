/**
 * A component downloaded on first use: `load()` starts the download once (call it on the reader's
 * intent, such as pointing at or focusing what will show it), `component` is set when it arrives,
 * and `problem` says in words why it could not be loaded, in which case the next `load()` retries.
 */
export class LazyComponent<C> {
  component: C | undefined = $state();
  problem = $state('');
  readonly #what: string;
  readonly #importer: () => Promise<{ default: C }>;
  #loading: Promise<void> | undefined;

  /**
   * @param what the thing being loaded, in words, for the problem message ("the scope editor")
   * @param importer a dynamic `import()`, so the component becomes its own chunk
   */
  constructor(what: string, importer: () => Promise<{ default: C }>) {
    this.#what = what;
    this.#importer = importer;
  }

  load = (): Promise<void> => {
    this.#loading ??= this.#importer().then(
      (module) => {
        this.component = module.default;
        this.problem = '';
      },
      (error: unknown) => {
        this.#loading = undefined;
        this.problem = `${this.#what[0]!.toUpperCase()}${this.#what.slice(1)} could not be loaded (${String(error).slice(0, 120)}); try again, or reload the page.`;
      },
    );
    return this.#loading;
  };
}
