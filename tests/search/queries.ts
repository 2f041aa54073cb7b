/**
 * Searches the way learners type them (not the titles), each with the entry
 * that answers it. tests/e2e/search-quality.test.ts runs them against the
 * built index; `npm run bench` reports the same figures.
 */
export interface SearchCase {
  query: string;
  /** The slug of the entry that should come first. */
  expect: string;
}

export const SEARCH_CASES: SearchCase[] = [
  { query: 'stop vs kill', expect: 'docker-stop-vs-docker-kill' },
  { query: 'container keeps restarting', expect: 'troubleshoot-container-stuck-in-restarting-state' },
  { query: 'remove unused images', expect: 'identify-and-remove-unused-docker-images-containers' },
  { query: 'exit code 137', expect: 'common-docker-exit-codes-and-their-meanings' },
  // Found through our correction callout (the source says 130).
  { query: 'docker stop 143', expect: 'common-docker-exit-codes-and-their-meanings' },
  { query: '--build-arg', expect: 'arg-instruction' },
  { query: '--rm', expect: 'impact-of-rm-flag-when-running-container' },
  { query: 'docker-compose.yml', expect: 'docker-compose-file-purpose' },
  { query: '.dockerignore', expect: 'significance-of-dockerignore' },
  { query: 'COPY --from', expect: 'multi-stage-build-scenario' },
  { query: 'dangling=true', expect: 'dangling-images' },
  { query: 'cmd or entrypoint', expect: 'cmd-vs-entrypoint' },
  { query: 'copy vs add', expect: 'copy-vs-add' },
  { query: 'env vs arg', expect: 'env-vs-arg' },
  { query: 'run vs cmd', expect: 'run-vs-cmd' },
  { query: 'vm vs container', expect: 'container-vs-virtual-machine' },
  { query: 'image vs container', expect: 'image-vs-container' },
  { query: 'what happens when I type docker run', expect: 'what-happens-on-docker-run' },
  { query: 'make my image smaller', expect: 'optimize-image-size' },
  { query: 'multi stage build', expect: 'multi-stage-build-scenario' },
  { query: 'run container as non root', expect: 'ensure-that-docker-container-runs-as-non-root-user' },
  { query: 'data lost after restart', expect: 'jenkins-data-lost-after-restart' },
  { query: 'volume vs bind mount', expect: 'docker-volumes-and-bind-mounts' },
  { query: 'persist data', expect: 'different-ways-to-persist-data-in-docker-containers' },
  { query: 'containers cannot talk to each other', expect: 'containers-cannot-communicate' },
  { query: 'bridge host overlay network', expect: 'networking-modes' },
  { query: 'port already in use', expect: 'port-conflicts' },
  { query: 'cannot reach app from browser', expect: 'app-not-reachable-from-host' },
  { query: 'high cpu usage', expect: 'troubleshoot-high-cpu-or-memory-usage-in-docker-container' },
  { query: 'docker inspect', expect: 'purpose-of-docker-inspect-command' },
  { query: 'docker events', expect: 'purpose-of-docker-events-command' },
  { query: 'healthcheck', expect: 'healthcheck-instruction' },
  { query: 'restart policy always', expect: 'start-container-on-host-restart' },
  { query: 'docker save load tar', expect: 'docker-save-and-load' },
  { query: 'commit vs build', expect: 'docker-commit-vs-docker-build' },
  { query: 'scratch vs alpine', expect: 'difference-between-scratch-image-and-alpine-base-image' },
  { query: 'distroless', expect: 'distroless-images' },
  { query: 'image layers', expect: 'docker-layers-and-how-does-layering-mechanism-work' },
  { query: 'union filesystem', expect: 'union-filesystem' },
  { query: 'namespaces', expect: 'namespaces' },
  { query: 'cgroups limit memory', expect: 'cgroups' },
  { query: 'runc containerd', expect: 'runc-and-containerd' },
  { query: 'content trust signing', expect: 'image-signing-and-verification-in-docker' },
  { query: 'seccomp apparmor profile', expect: 'docker-security-profile' },
  { query: 'registry vs repository', expect: 'difference-between-docker-registry-docker-repository' },
  { query: 'docker swarm', expect: 'docker-swarm-experience' },
  { query: 'daemon not responding', expect: 'deal-with-docker-daemon-unresponsiveness-or-crashes' },
  { query: 'container crashing', expect: 'would-handle-situation-where-docker-container-is-crashing' },
  { query: 'container exits immediately', expect: 'troubleshoot-container-not-starting' },
  { query: 'centralized logging', expect: 'docker-implement-logging' },
  { query: 'zero downtime deploy', expect: 'update-with-minimal-downtime' },
  { query: 'canary', expect: 'canary-deployment' },
  { query: 'dev test prod config', expect: 'environment-specific-configuration' },
  { query: 'tag image while building', expect: 'can-tag-docker-image-during-build-time' },
  { query: 'list images with size', expect: 'list-images-and-sizes' },
  { query: 'override CMD at docker run', expect: 'can-override-default-cmd-defined-in-dockerfile-when-running' },
  { query: 'shell form exec form', expect: 'shell-form-vs-executable-form' },
  { query: 'what is a hypervisor', expect: 'hypervisor' },
  { query: 'labels', expect: 'docker-labels' },
  // Written later, before the title preference (src/scripts/search-title-match.ts) was
  // tried, and used to check it on queries it had not been tuned on.
  { query: 'workdir', expect: 'workdir-instruction' },
  { query: 'expose port in dockerfile', expect: 'expose-instruction' },
  { query: 'what is onbuild', expect: 'onbuild-instruction' },
  { query: 'docker ce vs enterprise', expect: 'key-differences-between-docker-enterprise-and-docker-ce' },
  { query: 'docker in microservices', expect: 'role-does-docker-play-in-microservices-architecture' },
  { query: 'ci cd pipeline tests', expect: 'ci-pipeline-with-automated-tests' },
  { query: 'rate limit container', expect: 'implement-rate-limiting-for-docker-containers' },
  { query: 'service discovery load balancing', expect: 'service-discovery-and-load-balancing' },
  { query: 'secure communication between containers', expect: 'secure-container-communication' },
  { query: 'vulnerability in base image', expect: 'vulnerable-base-image' },
  { query: 'docker build errors', expect: 'some-common-errors-that-can-occur-during-docker-build-process' },
  { query: 'debug slow container', expect: 'debug-performance-issues-in-docker-container' },
  { query: 'immutable infrastructure', expect: 'concept-of-immutable-infrastructure-and-how-docker-contributes' },
  { query: 'expose docker daemon over tcp', expect: 'configuring-docker-engine-to-listen-on-tcp-socket' },
  { query: 'copy on write', expect: 'copy-on-write-cow' },
  { query: 'what is a container runtime', expect: 'container-runtime' },
  { query: 'CRI kubernetes', expect: 'role-of-container-runtime-interface-cri-in-docker' },
  { query: 'read build arg at runtime', expect: 'access-arg-inside-container' },
  { query: 'docker plugins', expect: 'docker-plugins' },
  { query: 'layers stored on disk', expect: 'image-layers-on-disk' },
  { query: 'volume commands', expect: 'docker-volume-commands' },
  { query: 'lifecycle of a container', expect: 'container-lifecycle' },
  { query: 'health of my containers', expect: 'check-container-health' },
  { query: 'cloud portability', expect: 'portable-across-cloud-providers' },
  { query: 'alpine images', expect: 'alpine-images' },
  { query: 'when to use entrypoint', expect: 'should-use-cmd' },
];

/**
 * The same kind of searches with one slip each (a letter missing, doubled,
 * swapped or wrong), as typed in a hurry. The dialog corrects a word the
 * index does not hold to the nearest one it does; these are reported apart.
 */
export const TYPO_CASES: (SearchCase & { corrected: string })[] = [
  { query: 'namspaces', corrected: 'namespaces', expect: 'namespaces' },
  { query: 'entrypont vs cmd', corrected: 'entrypoint cmd', expect: 'cmd-vs-entrypoint' },
  { query: 'dangaling images', corrected: 'dangling images', expect: 'dangling-images' },
  { query: 'docker compse purpose', corrected: 'docker compose purpose', expect: 'docker-compose-file-purpose' },
  { query: 'netwrok modes', corrected: 'network modes', expect: 'networking-modes' },
  { query: 'healtcheck instruction', corrected: 'healthcheck instruction', expect: 'healthcheck-instruction' },
  { query: 'multi stage biuld', corrected: 'multi stage build', expect: 'multi-stage-build-scenario' },
  { query: 'persit data', corrected: 'persist data', expect: 'different-ways-to-persist-data-in-docker-containers' },
  { query: 'copy vs add instrucion', corrected: 'copy add instruction', expect: 'copy-vs-add' },
  { query: 'imgae vs container', corrected: 'image container', expect: 'image-vs-container' },
];
