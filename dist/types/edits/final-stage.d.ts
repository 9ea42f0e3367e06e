import type { Model } from '../model/types';
import { type SourceFile } from '../parse/source';
import type { FinalImages, Fix, NoFix } from './types';
/**
 * Switch an existing alpine/debian/ubuntu final stage to distroless, removing what distroless
 * makes unnecessary (installing CA certificates and tzdata, creating a user) and renaming what
 * named the removed accounts (`USER app`, `COPY --chown=app:app`) to the uid the process runs as.
 * Where the process ran as root and now runs as 65532, the folders it writes are given to 65532.
 * No fix, and the reason, when the final stage still needs a shell or packages for anything else.
 */
export declare function switchFinalStage(file: SourceFile, model: Model, images: FinalImages): Fix | NoFix;
