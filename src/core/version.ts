// Bump when the pipeline or the model changes what it outputs: cached annotations of another version are redone.
export const PIPELINE_VERSION = '0.2.0';
