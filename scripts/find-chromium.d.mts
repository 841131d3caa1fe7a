export declare const INSTALL_HELP: string;
export declare function findChromium(): string | null;
