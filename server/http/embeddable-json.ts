// JSON that stays inert when someone embeds it in an HTML page (a <script> block of a data portal):
// every `<` is written as the JSON escape \u003c, so no `</script` or `<!--` can appear in the bytes,
// while JSON.parse gives back exactly the same value.
export function embeddableJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}
