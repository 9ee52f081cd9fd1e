// twitter-text ships no types. Only what Rapport calls is declared.
declare module "twitter-text" {
  export type ParsedTweet = {
    weightedLength: number;
    valid: boolean;
    permillage: number;
    validRangeStart: number;
    validRangeEnd: number;
    displayRangeStart: number;
    displayRangeEnd: number;
  };
  const twitter: {
    parseTweet(text: string): ParsedTweet;
    extractUrls(text: string): string[];
  };
  export default twitter;
}
