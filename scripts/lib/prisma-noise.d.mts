export declare function withoutPrismaNoise(text: string): string;
