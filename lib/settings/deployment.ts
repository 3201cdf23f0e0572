/**
 * Where managers point their policies: Postwise's extension ids and the
 * update address browsers install it from.
 */

/** Chrome and Edge id, fixed by the public key in wxt.config.ts. */
export const EXTENSION_ID = 'lljahpcclomdgcomifmfhlheikaknckg';
/** Firefox id (browser_specific_settings.gecko.id). */
export const GECKO_ID = 'postwise@novascotia.ca';
/** The Chrome Web Store's update address, for ExtensionInstallForcelist. */
export const CHROME_WEB_STORE_UPDATE_URL = 'https://clients2.google.com/service/update2/crx';
