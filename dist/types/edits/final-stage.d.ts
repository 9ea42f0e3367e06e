import type { Model } from '../model/types';
import { type SourceFile } from '../parse/source';
import type { FinalImages, Fix } from './types';
/**
 * Switch an existing alpine/debian/ubuntu final stage to distroless, removing what distroless
 * makes unnecessary (installing CA certificates and tzdata, creating a user). Undefined when the
 * final stage still needs a shell or packages for anything else.
 */
export declare function switchFinalStage(file: SourceFile, model: Model, images: FinalImages): Fix | undefined;
