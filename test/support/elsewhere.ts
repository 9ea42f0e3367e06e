/** Fixtures for builds outside the Dockerfile: Dockerfiles that run make or a script, or copy a binary built before. */

export const GO_MOD = 'module example.com/app\n\ngo 1.23\n';

/** A builder that copies the sources, runs `run`, and a final stage that copies `binary` from it. */
export const viaRun = (run: string, final = 'scratch', binary = '/src/bin/app') =>
  `FROM golang:1.23 AS build\nWORKDIR /src\nCOPY . .\n${run}\n\nFROM ${final}\nCOPY --from=build ${binary} /app\nENTRYPOINT ["/app"]\n`;

/** A Makefile whose `build` target runs `recipe` (one recipe line per array item). */
export const makefile = (recipe: string | string[], head = '') => `${head}.PHONY: build\nbuild:\n${(Array.isArray(recipe) ? recipe : [recipe]).map((l) => `\t${l}\n`).join('')}`;

/** An image that copies in a binary built before `docker build`. */
export const prebuilt = (final = 'alpine:3.20', copy = 'COPY bin/app /usr/local/bin/app', tail = 'ENTRYPOINT ["/usr/local/bin/app"]') => `FROM ${final}\n${copy}\n${tail}\n`;

/** A GoReleaser (v2) image: the binary of each platform in `os/arch/`. */
export const RELEASE_DOCKERFILE = 'FROM scratch\nARG TARGETPLATFORM\nCOPY $TARGETPLATFORM/app /usr/bin/app\nENTRYPOINT ["/usr/bin/app"]\n';

/** A GoReleaser (v1) image: the binary at the context root. */
export const releaseDockerfileV1 = (final = 'scratch') => `FROM ${final}\nCOPY app /usr/bin/app\nENTRYPOINT ["/usr/bin/app"]\n`;

/** A GoReleaser v2 configuration with one build (its keys after `id`) and a dockers_v2 entry. */
export const goreleaserV2 = (buildKeys: string, docker = '  - images: [example/app]\n') =>
  `version: 2\nproject_name: app\nbuilds:\n  - id: app\n${buildKeys}dockers_v2:\n${docker}`;

/** A Makefile target that builds the image after `build`: the evidence that the Makefile's build is the image's. */
export const IMAGE_TARGET = '\nimage: build\n\tdocker build -t example/app .\n';
