/**
 * Which documents are Referat. Langium decides by the editor's language id, else by the file
 * extension (`.referat`); a file named on the command line is Referat whatever its name
 * (`MØTE.REFERAT`, `møte.txt`, standard input): `serve` says so for one URI.
 */
import { DefaultServiceRegistry, type LangiumCoreServices, type LangiumSharedCoreServices, type URI } from 'langium';

export class ReferatServiceRegistry extends DefaultServiceRegistry {
    private readonly named = new Map<string, string>();

    /** Serves `uri` with the language `languageId`, whatever its name. */
    serve(uri: URI, languageId: string): void {
        this.named.set(uri.toString(), languageId);
    }

    override getServices(uri: URI): LangiumCoreServices {
        const languageId = this.named.get(uri.toString());
        const services = languageId === undefined ? undefined : this.languageIdMap.get(languageId);
        return services ?? super.getServices(uri);
    }
}

/** Serves `uri` as Referat whatever its name (the registry is ReferatServiceRegistry in every Referat service set). */
export function serveAsReferat(shared: LangiumSharedCoreServices, uri: URI, languageId: string): void {
    if (!(shared.ServiceRegistry instanceof ReferatServiceRegistry)) throw new Error('The service registry is not ReferatServiceRegistry');
    shared.ServiceRegistry.serve(uri, languageId);
}
