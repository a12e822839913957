/** The folders the binary runs from. */
export declare const SOURCE_FOLDERS: readonly string[];
/** Whether dist/ was built after the last change to any source file the binary runs. */
export declare function builtIsFresh(rootUrl: URL): boolean;
