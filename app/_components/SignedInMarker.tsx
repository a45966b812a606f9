/**
 * Marks a page the server rendered for a signed-in learner. The header is static and offers
 * "Sign in" to everyone until the browser loads the learner; without JavaScript that never
 * happens, so on these pages a CSS rule (globals.css, `[data-signed-in]`) hides the offer.
 */
export function SignedInMarker() {
  return <span data-signed-in hidden />;
}
