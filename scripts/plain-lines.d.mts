export declare function plainLines(): { push(chunk: string): string; end(): string };
