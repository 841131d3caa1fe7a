/** What a tip id looks like: stable kebab-case, short (saved and hidden tips refer to it). */
export const TIP_ID_MAX_LENGTH = 64;
export const TIP_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
