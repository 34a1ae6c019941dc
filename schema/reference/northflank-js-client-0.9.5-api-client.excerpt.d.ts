// Excerpt of @northflank/js-client 0.9.5, dist/api-client.d.ts (MIT, northflank-js-client-0.9.5-LICENSE):
// the types scripts/refgen reads. Refreshed by scripts/refgen/vendor.sh; do not edit.

type CreateServiceCombinedData = {
    /** The name of the service. Example: "Example Service" */
    'name': string;
    /** A description of the service. Example: "A service description" */
    'description'?: string;
    'stageId'?: string;
    /** An array of previously defined tags to help identify and group the resource. */
    'tags'?: string[];
    'billing': {
        /** The ID of the deployment plan to use. Example: "nf-compute-20" */
        'deploymentPlan': string;
        /** The ID of the build plan to use. Example: "nf-compute-200-8" */
        'buildPlan'?: string;
        'gpu'?: {
            'enabled'?: boolean;
            'configuration'?: {
                'gpuType': string;
                'gpuCount'?: number;
                'timesliced'?: boolean;
            };
        };
    };
    'infrastructure'?: {
        'architecture'?: 'x86' | 'arm';
    };
    'deployment': {
        /** The way the service should be deployed. Either as a deployment (default), or as a stateful set. */
        'type'?: 'deployment' | 'statefulSet';
        /** The number of instances to run the service on. Example: 1 */
        'instances': number;
        /** Allows for customization of buildpack runtime */
        'buildpack'?: {
            /** Type of buildpack run configuration */
            'configType': 'default' | 'customProcess' | 'customCommand' | 'customEntrypointCustomCommand' | 'originalEntrypointCustomCommand';
            /** Custom process which should be run. Required in case where `configType` is `customProcess` */
            'customProcess'?: string;
            /** Custom entrypoint which should be run. Required in case where `configType` is `customEntrypointCustomCommand` */
            'customEntrypoint'?: string;
            /** Custom command which should be run. Required in case where `configType` is `customCommand`, `customEntrypointCustomCommand` or `originalEntrypointCustomCommand` */
            'customCommand'?: string;
        };
        /** Allows for customization of docker runtime */
        'docker'?: {
            /** Type of entrypoint & command override configuration Example: "default" */
            'configType': 'default' | 'customEntrypoint' | 'customCommand' | 'customEntrypointCustomCommand';
            /** Custom entrypoint which should be used. Required in case where `configType` is `customEntrypoint` or `customEntrypointCustomCommand` */
            'customEntrypoint'?: string;
            /** Custom command which should be used. Required in case where `configType` is `customCommand` or `customEntrypointCustomCommand` */
            'customCommand'?: string;
        };
        'storage'?: {
            'useHdbStorage'?: boolean;
            'usePdSsdStorage'?: boolean;
            'ephemeralStorage'?: {
                /** Ephemeral storage per container in MB Example: 1024 */
                'storageSize'?: number;
            };
            /** Configures the amount of available memory-backed disk space available to /dev/shm */
            'shmSize'?: number;
        };
        /** Roll out strategy of the service */
        'strategy'?: {
            /** Configures the instance roll out strategy of your service. Currently only available via feature flag. */
            'type'?: 'recreate' | 'rollout-steady' | 'rollout-balanced' | 'rollout-fast' | 'custom';
            'settings'?: {
                /** Maximum number or percentage of pods that can be created above the desired count. */
                'maxSurge': number | string;
                /** Maximum number or percentage of pods that can be unavailable during the update. */
                'maxUnavailable': number | string;
            };
        };
        'zonalRedundancy'?: {
            /** Defines scheduling behaviour across different zones within the same region. */
            'type'?: 'disabled' | 'preferred' | 'required';
            /** Defines how many zones are required and will prevent containers from additional scheduling into existing zones. (Only relevant if type is set to "required") */
            'minZones'?: number;
        };
        'gpu'?: {
            'enabled'?: boolean;
            'configuration'?: {
                'gpuType': string;
                'gpuCount'?: number;
                'timesliced'?: boolean;
            };
        };
        /** The maximum amount of time the process has to shut down after receiving a SIGTERM signal before it is forcefully shut down SIGKILL by the system. */
        'gracePeriodSeconds'?: number;
        /** The id of the strategy to be attached to service. */
        'gradualRolloutStrategyId'?: string | null;
        /** Controls related to SSH access within the resource. */
        'ssh'?: {
            /** Enables SSH access if the resource matches an SSH identity selector. */
            'enabled': boolean;
        };
        /** Allow setting custom labels and annotations for workloads. */
        'metadata'?: {
            /** Specify custom labels for the workload. */
            'labels'?: any;
            /** Specify custom annotations for the workload as string or object. */
            'annotations'?: any;
        };
    };
    'ports'?: {
        /** The name used to identify the port. Example: "p01" */
        'name': string;
        /** The port number. Example: 8080 */
        'internalPort': number;
        /** If true, the port will be exposed publicly. Example: true */
        'public'?: boolean;
        'security'?: {
            /** An array of credentials to access the service. */
            'credentials'?: {
                /** The username to access the service Example: "admin" */
                'username': string;
                /** The password to access the service with this username. Example: "password123" */
                'password': string;
                /** The type of authentication used Example: "basic-auth" */
                'type': 'basic-auth';
            }[];
            /** An array of IP address policies. */
            'ip'?: {
                /** An array of IP addresses used for this rule */
                'addresses': string[];
                /** The action for this rule. Example: "DENY" */
                'action': 'ALLOW' | 'DENY';
            }[];
            /** An array of IP address policies. */
            'policies'?: {
                /** An array of IP addresses used for this rule */
                'addresses': string[];
                /** The action for this rule. Example: "DENY" */
                'action': 'ALLOW' | 'DENY';
            }[];
            /** Configure port authentication via SSO */
            'sso'?: {
                /** ID of the SSO organization that the user will have to be a member of */
                'organizationId'?: string;
                /** Array of directory groups that will have access */
                'directoryGroupIds'?: string[];
                /** Allow entire organization to access this service */
                'allowAnyOrgUsers'?: boolean;
                /** Enforce internal traffic through SSO authentication flow */
                'validateInternalTraffic'?: boolean;
                /** Set SSO authentication cookie on root domain */
                'setCookieOnRootDomain'?: boolean;
                /** Allow internal traffic from same or shared projects via public DNS to skip SSO authentication flow */
                'allowInternalTrafficViaPublicDns'?: boolean;
            };
            /** List of header authentication settings, it checks the presence of all headers and compares it against the expected value. Wildcard (*) is supported. */
            'headers'?: any[];
            /** Mode used to verify multiple security features like ip policies and SSO authentication */
            'verificationMode'?: 'or' | 'and';
            'securePathConfiguration'?: {
                /** Enable security policies on a path-level style */
                'enabled'?: boolean;
                /** Allow internal traffic from same or shared projects via public DNS to skip all security policies */
                'skipSecurityPoliciesForInternalTrafficViaPublicDns'?: boolean;
                'rules'?: {
                    /** Array of path objects which represent the paths and their priority for which the security policies will be enforced */
                    'paths': any[];
                    /** Specify the way the path rule will behave when processing policies. This enables an allow-list/deny-list approach for access control on each path Example: "protected" */
                    'accessMode': 'protected' | 'unprotected';
                    'securityPolicies'?: {
                        'orPolicies'?: {
                            /** An array of credentials to access the service. */
                            'credentials'?: {
                                /** The username to access the service Example: "admin" */
                                'username': string;
                                /** The password to access the service with this username. Example: "password123" */
                                'password': string;
                                /** The type of authentication used Example: "basic-auth" */
                                'type': 'basic-auth';
                            }[];
                            /** An array of IP address policies. */
                            'ip'?: {
                                /** An array of IP addresses used for this rule */
                                'addresses': string[];
                                /** The action for this rule. Example: "DENY" */
                                'action': 'ALLOW' | 'DENY';
                            }[];
                            /** An array of IP address policies. */
                            'policies'?: {
                                /** An array of IP addresses used for this rule */
                                'addresses': string[];
                                /** The action for this rule. Example: "DENY" */
                                'action': 'ALLOW' | 'DENY';
                            }[];
                            /** Configure port authentication via SSO */
                            'sso'?: {
                                /** ID of the SSO organization that the user will have to be a member of */
                                'organizationId'?: string;
                                /** Array of directory groups that will have access */
                                'directoryGroupIds'?: string[];
                                /** Allow entire organization to access this service */
                                'allowAnyOrgUsers'?: boolean;
                                /** Enforce internal traffic through SSO authentication flow */
                                'validateInternalTraffic'?: boolean;
                                /** Set SSO authentication cookie on root domain */
                                'setCookieOnRootDomain'?: boolean;
                                /** Allow internal traffic from same or shared projects via public DNS to skip SSO authentication flow */
                                'allowInternalTrafficViaPublicDns'?: boolean;
                            };
                            /** List of header authentication settings, it checks the presence of all headers and compares it against the expected value. Wildcard (*) is supported. */
                            'headers'?: any[];
                        };
                        'requiredPolicies'?: {
                            /** An array of credentials to access the service. */
                            'credentials'?: {
                                /** The username to access the service Example: "admin" */
                                'username': string;
                                /** The password to access the service with this username. Example: "password123" */
                                'password': string;
                                /** The type of authentication used Example: "basic-auth" */
                                'type': 'basic-auth';
                            }[];
                            /** An array of IP address policies. */
                            'ip'?: {
                                /** An array of IP addresses used for this rule */
                                'addresses': string[];
                                /** The action for this rule. Example: "DENY" */
                                'action': 'ALLOW' | 'DENY';
                            }[];
                            /** An array of IP address policies. */
                            'policies'?: {
                                /** An array of IP addresses used for this rule */
                                'addresses': string[];
                                /** The action for this rule. Example: "DENY" */
                                'action': 'ALLOW' | 'DENY';
                            }[];
                            /** Configure port authentication via SSO */
                            'sso'?: {
                                /** ID of the SSO organization that the user will have to be a member of */
                                'organizationId'?: string;
                                /** Array of directory groups that will have access */
                                'directoryGroupIds'?: string[];
                                /** Allow entire organization to access this service */
                                'allowAnyOrgUsers'?: boolean;
                                /** Enforce internal traffic through SSO authentication flow */
                                'validateInternalTraffic'?: boolean;
                                /** Set SSO authentication cookie on root domain */
                                'setCookieOnRootDomain'?: boolean;
                                /** Allow internal traffic from same or shared projects via public DNS to skip SSO authentication flow */
                                'allowInternalTrafficViaPublicDns'?: boolean;
                            };
                            /** List of header authentication settings, it checks the presence of all headers and compares it against the expected value. Wildcard (*) is supported. */
                            'headers'?: any[];
                        };
                    };
                }[];
            };
        };
        /** An array of domains to redirect to this port. Each domain must first be verified and registered to your account. */
        'domains'?: string[];
        /** Disable routing on the default code.run domain for public HTTP ports with custom domains. */
        'disableNfDomain'?: boolean;
        'advancedOptions'?: {
            /** Whether this port should use pass through mode for TLS */
            'enableTlsPassthrough'?: boolean;
        };
        /** The protocol to use for the port. Example: "HTTP" */
        'protocol': 'HTTP' | 'HTTP/2' | 'TCP' | 'UDP';
    }[];
    /** Whether CI (continuous integration) should be disabled. */
    'disabledCI'?: boolean;
    /** Defines the build source for this resource Example: "git" */
    'buildSource'?: 'git' | 'bundle';
    'vcsData'?: {
        /** URL of the Git repo to build. Example: "https://github.com/northflank/gatsby-with-northflank" */
        'projectUrl': string;
        /** The VCS provider to use. Example: "github" */
        'projectType': 'bitbucket' | 'gitlab' | 'github' | 'self-hosted' | 'azure';
        /** If projectType is self-hosted, the ID of the self-hosted vcs to use. */
        'selfHostedVcsId'?: string;
        /** By default, if you have multiple version control accounts of the same provider linked, Northflank will pick a linked account that has access to the repository. If `accountLogin` is provided, Northflank will instead use your linked account with that login name. Example: "github-user" */
        'accountLogin'?: string;
        /** By default, if you have multiple version control accounts of the same provider linked, Northflank will pick a linked account that has access to the repository. If `vcsLinkId` is provided, Northflank will instead use your linked account with that ID. */
        'vcsLinkId'?: string;
        /** The name of the branch to use. Example: "master" */
        'projectBranch': string;
    };
    'bundleData'?: {
        /** URL of the bundle to be built Example: "https://example.com/archive.tar" */
        'bundleUrl': string;
        /** Branch identifier for the bundle. Example: "main" */
        'branch': string;
    };
    /** Build engine */
    'buildSettings': {
        'storage'?: {
            'ephemeralStorage'?: {
                /** Ephemeral storage per build in MB Example: 16384 */
                'storageSize'?: number;
            };
        };
        'dockerfile': {
            /** DEPRECATED: This field will be removed in the near future and currently has no effect. */
            'useCache'?: boolean;
            /** Build engine to use. Defaults to recommended build engine `buildkit` Example: "buildkit" */
            'buildEngine'?: 'buildkit' | 'kaniko';
            /** The file path of the Dockerfile. Example: "/Dockerfile" */
            'dockerFilePath': string;
            /** The working directory of the Dockerfile. Example: "/" */
            'dockerWorkDir': string;
            'buildkit'?: {
                /** Use persistent storage to cache build layers. Example: true */
                'useCache'?: boolean;
                /** The amount of persistent storage available to each build in MB. Example: 32768 */
                'cacheStorageSize'?: number;
                /** DEPRECATED: This field will be removed in the near future. */
                'useInternalCache'?: boolean;
                /** DEPRECATED: This field will be removed in the near future. */
                'internalCacheStorage'?: number;
            };
        };
    } | {
        'storage'?: {
            'ephemeralStorage'?: {
                /** Ephemeral storage per build in MB Example: 16384 */
                'storageSize'?: number;
            };
        };
        'buildpack': {
            /** Buildpack stack to use. Defaults to recommended stack `HEROKU_24`. Example: "HEROKU_24" */
            'builder'?: 'HEROKU_24' | 'HEROKU_22' | 'HEROKU_22_CLASSIC' | 'HEROKU_20' | 'HEROKU_18' | 'GOOGLE_22' | 'GOOGLE_V1' | 'CNB_ALPINE' | 'CNB_BIONIC' | 'PAKETO_JAMMY_TINY' | 'PAKETO_JAMMY_BASE' | 'PAKETO_JAMMY_FULL' | 'PAKETO_TINY' | 'PAKETO_BASE' | 'PAKETO_FULL';
            /** Array of custom Buildpacks to use. */
            'buildpackLocators'?: string[];
            /** The working directory to build in. Example: "/" */
            'buildContext'?: string;
            /** Should build dependencies be cached? */
            'useCache'?: boolean;
        };
    };
    'buildConfiguration'?: {
        /** An array of path ignore rules. A commit will only be built if a file has been changed that does not match any of the ignore rules. Path ignore rules follow `.gitignore` syntax. */
        'pathIgnoreRules'?: string[];
        /** If `true`, the functionality of `pathIgnoreRules` will be inverted. A commit will only be built if a file has been changed that matches one or more of the rules in `pathIgnoreRules`. */
        'isAllowList'?: boolean;
        /** If `true`, enables commit ignore flags. If a commit message contains one or more of the flags in `ciIgnoreFlags`, that commit will not be built. */
        'ciIgnoreFlagsEnabled'?: boolean;
        /** An array of commit ignore flags. If a commit message contains one or more of these flags, that commit will not be built. Defaults to `["[skip ci]", "[ci skip]", "[no ci]", "[skip nf]", "[nf skip]", "[northflank skip]", "[skip northflank]"]` Example: ["[skip ci]","[ci skip]","[no ci]","[skip nf]","[nf skip]","[northflank skip]","[skip northflank]"] */
        'ciIgnoreFlags'?: string[];
        /** If your Dockerfile contains multiple build stages, you can specify the target stage by entering its name here. */
        'dockerfileTarget'?: string;
        'dockerCredentials'?: string[];
        /** Include .git folder inside the build context */
        'includeGitFolder'?: boolean;
        /** Include the entire git history as part of the .git folder. Only relevant if "includeGitFolder" is set. */
        'fullGitClone'?: boolean;
        /** Enable Git LFS support for the build */
        'enableGitLfs'?: boolean;
        'storage'?: {
            'ephemeralStorage'?: {
                /** Ephemeral storage per build in MB Example: 16384 */
                'storageSize'?: number;
            };
        };
    };
    /** An object containing the runtime environment to set for the service. Keys may only contain letters, numbers, hyphens, forward slashes and dots. Example: {"VARIABLE_1":"abcdef","VARIABLE_2":"12345"} */
    'runtimeEnvironment'?: any;
    /** Secret files as JSON object, encrypted at rest. File path must be absolute Example: {"/dir/fileName":{"data":"VGhpcyBpcyBhbiBleGFtcGxlIHdpdGggYSB0ZW1wbGF0ZWQgJHtOT0RFX0VOVn0gdmFyaWFibGU=","encoding":"utf-8"}} */
    'runtimeFiles'?: any;
    /** An object containing the build arguments to set for the service. Keys may only contain letters, numbers, hyphens, forward slashes and dots. Example: {"ARGUMENT_1":"abcdef","ARGUMENT_2":"12345"} */
    'buildArguments'?: any;
    /** Secret files as JSON object, encrypted at rest. File path must be absolute Example: {"/dir/fileName":{"data":"VGhpcyBpcyBhbiBleGFtcGxlIHdpdGggYSB0ZW1wbGF0ZWQgJHtOT0RFX0VOVn0gdmFyaWFibGU=","encoding":"utf-8"}} */
    'buildFiles'?: any;
    /** Docker secret mount contents as JSON object, encrypted at rest. Must be a valid Docker secret mount identifier Example: {"example-secret-mount_1":{"data":"VGhpcyBpcyBhbiBleGFtcGxlIHdpdGggYSB0ZW1wbGF0ZWQgJHtOT0RFX0VOVn0gdmFyaWFibGU=","encoding":"utf-8"}} */
    'dockerSecretMounts'?: any;
    /** An array of health checks. */
    'healthChecks'?: {
        /** The protocol to access the health check with. Example: "HTTP" */
        'protocol': 'HTTP' | 'CMD' | 'TCP';
        /** The type of health check. Example: "readinessProbe" */
        'type': 'livenessProbe' | 'readinessProbe' | 'startupProbe';
        /** The path of the health check endpoint. Required when protocol is HTTP. Example: "/health-check" */
        'path'?: string;
        /** The command to run for the health check. Required when protocol is CMD */
        'cmd'?: string;
        /** Port number for the health check endpoint. Required when protocol is HTTP. Example: 8080 */
        'port'?: number;
        /** Initial delay, in seconds, before the health check is first run. Example: 10 */
        'initialDelaySeconds': number;
        /** The time between each check, in seconds. Example: 60 */
        'periodSeconds': number;
        /** The time to wait for a response before marking the health check as a failure. Example: 1 */
        'timeoutSeconds': number;
        /** The maximum number of allowed failures. Example: 3 */
        'failureThreshold': number;
        /** The number of successes required to mark the health check as a success. Example: 1 */
        'successThreshold'?: number;
    }[];
    'loadBalancing'?: {
        'mode': 'leastConnection' | 'consistentHash' | 'roundRobin' | 'consistentReplicaRouting';
        'consistentHash'?: {
            'mode': 'ip' | 'customHeader';
            'header'?: string | null;
        };
        'consistentReplicaRouting'?: {
            'mode': 'path' | 'header';
        };
    };
    /** Describes all autoscaling configurations */
    'autoscaling'?: {
        /** Describes the horizontal autoscaling configuration */
        'horizontal'?: {
            /** Whether horizontal autoscaling should be enabled Example: true */
            'enabled': boolean;
            /** Minimum number of replicas which should be running at any time Example: 1 */
            'minReplicas': number;
            /** Maximum number of replicas which can be running at any time Example: 3 */
            'maxReplicas': number;
            'cpu'?: {
                /** Whether autoscaling should take into account cpu usage */
                'enabled': boolean;
                /** Threshold CPU usage percentage at which the workload will be scaled */
                'thresholdPercentage': number;
            };
            'memory'?: {
                /** Whether autoscaling should take into account memory usage */
                'enabled': boolean;
                /** Threshold memory usage percentage at which the workload will be scaled */
                'thresholdPercentage': number;
            };
            'rps'?: {
                /** Whether autoscaling should take into requests-per-second */
                'enabled': boolean;
                /** Threshold rps value on which the workload will be scaled */
                'thresholdValue': number;
            };
            'userMetrics'?: {
                /** Whether to enable handling for custom metrics in the autoscaling configuration Example: true */
                'enabled': boolean;
                /** Path on which the metrics will be exposed by the service.. Example: "/metrics" */
                'exposedMetricsPath': string;
                /** Port on which the metrics will be exposed by the service. Example: 8080 */
                'exposedMetricsPort': number;
                /** Array of custom metrics exposed by the service that will be used by the autoscaling configuration. At least one metric is required. */
                'metrics': {
                    /** Name of the custom metric Example: "example-metric" */
                    'metricName': string;
                    /** Type of metric exposed, this will affect how it'll be queried by the autoscaler component: Gauge will be used as is, Counter will be used with rate() Example: "gauge" */
                    'metricType': 'gauge' | 'counter';
                    /** Threshold value on which the workload will be scaled. Represents the average value across all running pods. Example: 2 */
                    'thresholdValue': number;
                }[];
            };
        };
    };
    'createOptions'?: {
        'volumesToAttach'?: string[];
    };
};

type PutServiceCombinedData = {
    /** The name of the service. Example: "Example Service" */
    'name': string;
    /** A description of the service. Example: "A service description" */
    'description'?: string;
    'stageId'?: string;
    /** An array of previously defined tags to help identify and group the resource. */
    'tags'?: string[];
    'billing': {
        /** The ID of the deployment plan to use. Example: "nf-compute-20" */
        'deploymentPlan': string;
        /** The ID of the build plan to use. Example: "nf-compute-200-8" */
        'buildPlan'?: string;
        'gpu'?: {
            'enabled'?: boolean;
            'configuration'?: {
                'gpuType': string;
                'gpuCount'?: number;
                'timesliced'?: boolean;
            };
        };
    };
    'infrastructure'?: {
        'architecture'?: 'x86' | 'arm';
    };
    'deployment': {
        /** The way the service should be deployed. Either as a deployment (default), or as a stateful set. */
        'type'?: 'deployment' | 'statefulSet';
        /** The number of instances to run the service on. Example: 1 */
        'instances': number;
        /** Allows for customization of buildpack runtime */
        'buildpack'?: {
            /** Type of buildpack run configuration */
            'configType': 'default' | 'customProcess' | 'customCommand' | 'customEntrypointCustomCommand' | 'originalEntrypointCustomCommand';
            /** Custom process which should be run. Required in case where `configType` is `customProcess` */
            'customProcess'?: string;
            /** Custom entrypoint which should be run. Required in case where `configType` is `customEntrypointCustomCommand` */
            'customEntrypoint'?: string;
            /** Custom command which should be run. Required in case where `configType` is `customCommand`, `customEntrypointCustomCommand` or `originalEntrypointCustomCommand` */
            'customCommand'?: string;
        };
        /** Allows for customization of docker runtime */
        'docker'?: {
            /** Type of entrypoint & command override configuration Example: "default" */
            'configType': 'default' | 'customEntrypoint' | 'customCommand' | 'customEntrypointCustomCommand';
            /** Custom entrypoint which should be used. Required in case where `configType` is `customEntrypoint` or `customEntrypointCustomCommand` */
            'customEntrypoint'?: string;
            /** Custom command which should be used. Required in case where `configType` is `customCommand` or `customEntrypointCustomCommand` */
            'customCommand'?: string;
        };
        'storage'?: {
            'useHdbStorage'?: boolean;
            'usePdSsdStorage'?: boolean;
            'ephemeralStorage'?: {
                /** Ephemeral storage per container in MB Example: 1024 */
                'storageSize'?: number;
            };
            /** Configures the amount of available memory-backed disk space available to /dev/shm */
            'shmSize'?: number;
        };
        /** Roll out strategy of the service */
        'strategy'?: {
            /** Configures the instance roll out strategy of your service. Currently only available via feature flag. */
            'type'?: 'recreate' | 'rollout-steady' | 'rollout-balanced' | 'rollout-fast' | 'custom';
            'settings'?: {
                /** Maximum number or percentage of pods that can be created above the desired count. */
                'maxSurge': number | string;
                /** Maximum number or percentage of pods that can be unavailable during the update. */
                'maxUnavailable': number | string;
            };
        };
        'zonalRedundancy'?: {
            /** Defines scheduling behaviour across different zones within the same region. */
            'type'?: 'disabled' | 'preferred' | 'required';
            /** Defines how many zones are required and will prevent containers from additional scheduling into existing zones. (Only relevant if type is set to "required") */
            'minZones'?: number;
        };
        'gpu'?: {
            'enabled'?: boolean;
            'configuration'?: {
                'gpuType': string;
                'gpuCount'?: number;
                'timesliced'?: boolean;
            };
        };
        /** The maximum amount of time the process has to shut down after receiving a SIGTERM signal before it is forcefully shut down SIGKILL by the system. */
        'gracePeriodSeconds'?: number;
        /** The id of the strategy to be attached to service. */
        'gradualRolloutStrategyId'?: string | null;
        /** Controls related to SSH access within the resource. */
        'ssh'?: {
            /** Enables SSH access if the resource matches an SSH identity selector. */
            'enabled': boolean;
        };
        /** Allow setting custom labels and annotations for workloads. */
        'metadata'?: {
            /** Specify custom labels for the workload. */
            'labels'?: any;
            /** Specify custom annotations for the workload as string or object. */
            'annotations'?: any;
        };
    };
    'ports'?: {
        /** The name used to identify the port. Example: "p01" */
        'name': string;
        /** The port number. Example: 8080 */
        'internalPort': number;
        /** If true, the port will be exposed publicly. Example: true */
        'public'?: boolean;
        'security'?: {
            /** An array of credentials to access the service. */
            'credentials'?: {
                /** The username to access the service Example: "admin" */
                'username': string;
                /** The password to access the service with this username. Example: "password123" */
                'password': string;
                /** The type of authentication used Example: "basic-auth" */
                'type': 'basic-auth';
            }[];
            /** An array of IP address policies. */
            'ip'?: {
                /** An array of IP addresses used for this rule */
                'addresses': string[];
                /** The action for this rule. Example: "DENY" */
                'action': 'ALLOW' | 'DENY';
            }[];
            /** An array of IP address policies. */
            'policies'?: {
                /** An array of IP addresses used for this rule */
                'addresses': string[];
                /** The action for this rule. Example: "DENY" */
                'action': 'ALLOW' | 'DENY';
            }[];
            /** Configure port authentication via SSO */
            'sso'?: {
                /** ID of the SSO organization that the user will have to be a member of */
                'organizationId'?: string;
                /** Array of directory groups that will have access */
                'directoryGroupIds'?: string[];
                /** Allow entire organization to access this service */
                'allowAnyOrgUsers'?: boolean;
                /** Enforce internal traffic through SSO authentication flow */
                'validateInternalTraffic'?: boolean;
                /** Set SSO authentication cookie on root domain */
                'setCookieOnRootDomain'?: boolean;
                /** Allow internal traffic from same or shared projects via public DNS to skip SSO authentication flow */
                'allowInternalTrafficViaPublicDns'?: boolean;
            };
            /** List of header authentication settings, it checks the presence of all headers and compares it against the expected value. Wildcard (*) is supported. */
            'headers'?: any[];
            /** Mode used to verify multiple security features like ip policies and SSO authentication */
            'verificationMode'?: 'or' | 'and';
            'securePathConfiguration'?: {
                /** Enable security policies on a path-level style */
                'enabled'?: boolean;
                /** Allow internal traffic from same or shared projects via public DNS to skip all security policies */
                'skipSecurityPoliciesForInternalTrafficViaPublicDns'?: boolean;
                'rules'?: {
                    /** Array of path objects which represent the paths and their priority for which the security policies will be enforced */
                    'paths': any[];
                    /** Specify the way the path rule will behave when processing policies. This enables an allow-list/deny-list approach for access control on each path Example: "protected" */
                    'accessMode': 'protected' | 'unprotected';
                    'securityPolicies'?: {
                        'orPolicies'?: {
                            /** An array of credentials to access the service. */
                            'credentials'?: {
                                /** The username to access the service Example: "admin" */
                                'username': string;
                                /** The password to access the service with this username. Example: "password123" */
                                'password': string;
                                /** The type of authentication used Example: "basic-auth" */
                                'type': 'basic-auth';
                            }[];
                            /** An array of IP address policies. */
                            'ip'?: {
                                /** An array of IP addresses used for this rule */
                                'addresses': string[];
                                /** The action for this rule. Example: "DENY" */
                                'action': 'ALLOW' | 'DENY';
                            }[];
                            /** An array of IP address policies. */
                            'policies'?: {
                                /** An array of IP addresses used for this rule */
                                'addresses': string[];
                                /** The action for this rule. Example: "DENY" */
                                'action': 'ALLOW' | 'DENY';
                            }[];
                            /** Configure port authentication via SSO */
                            'sso'?: {
                                /** ID of the SSO organization that the user will have to be a member of */
                                'organizationId'?: string;
                                /** Array of directory groups that will have access */
                                'directoryGroupIds'?: string[];
                                /** Allow entire organization to access this service */
                                'allowAnyOrgUsers'?: boolean;
                                /** Enforce internal traffic through SSO authentication flow */
                                'validateInternalTraffic'?: boolean;
                                /** Set SSO authentication cookie on root domain */
                                'setCookieOnRootDomain'?: boolean;
                                /** Allow internal traffic from same or shared projects via public DNS to skip SSO authentication flow */
                                'allowInternalTrafficViaPublicDns'?: boolean;
                            };
                            /** List of header authentication settings, it checks the presence of all headers and compares it against the expected value. Wildcard (*) is supported. */
                            'headers'?: any[];
                        };
                        'requiredPolicies'?: {
                            /** An array of credentials to access the service. */
                            'credentials'?: {
                                /** The username to access the service Example: "admin" */
                                'username': string;
                                /** The password to access the service with this username. Example: "password123" */
                                'password': string;
                                /** The type of authentication used Example: "basic-auth" */
                                'type': 'basic-auth';
                            }[];
                            /** An array of IP address policies. */
                            'ip'?: {
                                /** An array of IP addresses used for this rule */
                                'addresses': string[];
                                /** The action for this rule. Example: "DENY" */
                                'action': 'ALLOW' | 'DENY';
                            }[];
                            /** An array of IP address policies. */
                            'policies'?: {
                                /** An array of IP addresses used for this rule */
                                'addresses': string[];
                                /** The action for this rule. Example: "DENY" */
                                'action': 'ALLOW' | 'DENY';
                            }[];
                            /** Configure port authentication via SSO */
                            'sso'?: {
                                /** ID of the SSO organization that the user will have to be a member of */
                                'organizationId'?: string;
                                /** Array of directory groups that will have access */
                                'directoryGroupIds'?: string[];
                                /** Allow entire organization to access this service */
                                'allowAnyOrgUsers'?: boolean;
                                /** Enforce internal traffic through SSO authentication flow */
                                'validateInternalTraffic'?: boolean;
                                /** Set SSO authentication cookie on root domain */
                                'setCookieOnRootDomain'?: boolean;
                                /** Allow internal traffic from same or shared projects via public DNS to skip SSO authentication flow */
                                'allowInternalTrafficViaPublicDns'?: boolean;
                            };
                            /** List of header authentication settings, it checks the presence of all headers and compares it against the expected value. Wildcard (*) is supported. */
                            'headers'?: any[];
                        };
                    };
                }[];
            };
        };
        /** An array of domains to redirect to this port. Each domain must first be verified and registered to your account. */
        'domains'?: string[];
        /** Disable routing on the default code.run domain for public HTTP ports with custom domains. */
        'disableNfDomain'?: boolean;
        'advancedOptions'?: {
            /** Whether this port should use pass through mode for TLS */
            'enableTlsPassthrough'?: boolean;
        };
        /** The protocol to use for the port. Example: "HTTP" */
        'protocol': 'HTTP' | 'HTTP/2' | 'TCP' | 'UDP';
    }[];
    /** Whether CI (continuous integration) should be disabled. */
    'disabledCI'?: boolean;
    /** Defines the build source for this resource Example: "git" */
    'buildSource'?: 'git' | 'bundle';
    'vcsData'?: {
        /** URL of the Git repo to build. Example: "https://github.com/northflank/gatsby-with-northflank" */
        'projectUrl': string;
        /** The VCS provider to use. Example: "github" */
        'projectType': 'bitbucket' | 'gitlab' | 'github' | 'self-hosted' | 'azure';
        /** If projectType is self-hosted, the ID of the self-hosted vcs to use. */
        'selfHostedVcsId'?: string;
        /** By default, if you have multiple version control accounts of the same provider linked, Northflank will pick a linked account that has access to the repository. If `accountLogin` is provided, Northflank will instead use your linked account with that login name. Example: "github-user" */
        'accountLogin'?: string;
        /** By default, if you have multiple version control accounts of the same provider linked, Northflank will pick a linked account that has access to the repository. If `vcsLinkId` is provided, Northflank will instead use your linked account with that ID. */
        'vcsLinkId'?: string;
        /** The name of the branch to use. Example: "master" */
        'projectBranch': string;
    };
    'bundleData'?: {
        /** URL of the bundle to be built Example: "https://example.com/archive.tar" */
        'bundleUrl': string;
        /** Branch identifier for the bundle. Example: "main" */
        'branch': string;
    };
    /** Build engine */
    'buildSettings': {
        'storage'?: {
            'ephemeralStorage'?: {
                /** Ephemeral storage per build in MB Example: 16384 */
                'storageSize'?: number;
            };
        };
        'dockerfile': {
            /** DEPRECATED: This field will be removed in the near future and currently has no effect. */
            'useCache'?: boolean;
            /** Build engine to use. Defaults to recommended build engine `buildkit` Example: "buildkit" */
            'buildEngine'?: 'buildkit' | 'kaniko';
            /** The file path of the Dockerfile. Example: "/Dockerfile" */
            'dockerFilePath': string;
            /** The working directory of the Dockerfile. Example: "/" */
            'dockerWorkDir': string;
            'buildkit'?: {
                /** Use persistent storage to cache build layers. Example: true */
                'useCache'?: boolean;
                /** The amount of persistent storage available to each build in MB. Example: 32768 */
                'cacheStorageSize'?: number;
                /** DEPRECATED: This field will be removed in the near future. */
                'useInternalCache'?: boolean;
                /** DEPRECATED: This field will be removed in the near future. */
                'internalCacheStorage'?: number;
            };
        };
    } | {
        'storage'?: {
            'ephemeralStorage'?: {
                /** Ephemeral storage per build in MB Example: 16384 */
                'storageSize'?: number;
            };
        };
        'buildpack': {
            /** Buildpack stack to use. Defaults to recommended stack `HEROKU_24`. Example: "HEROKU_24" */
            'builder'?: 'HEROKU_24' | 'HEROKU_22' | 'HEROKU_22_CLASSIC' | 'HEROKU_20' | 'HEROKU_18' | 'GOOGLE_22' | 'GOOGLE_V1' | 'CNB_ALPINE' | 'CNB_BIONIC' | 'PAKETO_JAMMY_TINY' | 'PAKETO_JAMMY_BASE' | 'PAKETO_JAMMY_FULL' | 'PAKETO_TINY' | 'PAKETO_BASE' | 'PAKETO_FULL';
            /** Array of custom Buildpacks to use. */
            'buildpackLocators'?: string[];
            /** The working directory to build in. Example: "/" */
            'buildContext'?: string;
            /** Should build dependencies be cached? */
            'useCache'?: boolean;
        };
    };
    'buildConfiguration'?: {
        /** An array of path ignore rules. A commit will only be built if a file has been changed that does not match any of the ignore rules. Path ignore rules follow `.gitignore` syntax. */
        'pathIgnoreRules'?: string[];
        /** If `true`, the functionality of `pathIgnoreRules` will be inverted. A commit will only be built if a file has been changed that matches one or more of the rules in `pathIgnoreRules`. */
        'isAllowList'?: boolean;
        /** If `true`, enables commit ignore flags. If a commit message contains one or more of the flags in `ciIgnoreFlags`, that commit will not be built. */
        'ciIgnoreFlagsEnabled'?: boolean;
        /** An array of commit ignore flags. If a commit message contains one or more of these flags, that commit will not be built. Defaults to `["[skip ci]", "[ci skip]", "[no ci]", "[skip nf]", "[nf skip]", "[northflank skip]", "[skip northflank]"]` Example: ["[skip ci]","[ci skip]","[no ci]","[skip nf]","[nf skip]","[northflank skip]","[skip northflank]"] */
        'ciIgnoreFlags'?: string[];
        /** If your Dockerfile contains multiple build stages, you can specify the target stage by entering its name here. */
        'dockerfileTarget'?: string;
        'dockerCredentials'?: string[];
        /** Include .git folder inside the build context */
        'includeGitFolder'?: boolean;
        /** Include the entire git history as part of the .git folder. Only relevant if "includeGitFolder" is set. */
        'fullGitClone'?: boolean;
        /** Enable Git LFS support for the build */
        'enableGitLfs'?: boolean;
        'storage'?: {
            'ephemeralStorage'?: {
                /** Ephemeral storage per build in MB Example: 16384 */
                'storageSize'?: number;
            };
        };
    };
    /** An object containing the runtime environment to set for the service. Keys may only contain letters, numbers, hyphens, forward slashes and dots. Example: {"VARIABLE_1":"abcdef","VARIABLE_2":"12345"} */
    'runtimeEnvironment'?: any;
    /** Secret files as JSON object, encrypted at rest. File path must be absolute Example: {"/dir/fileName":{"data":"VGhpcyBpcyBhbiBleGFtcGxlIHdpdGggYSB0ZW1wbGF0ZWQgJHtOT0RFX0VOVn0gdmFyaWFibGU=","encoding":"utf-8"}} */
    'runtimeFiles'?: any;
    /** An object containing the build arguments to set for the service. Keys may only contain letters, numbers, hyphens, forward slashes and dots. Example: {"ARGUMENT_1":"abcdef","ARGUMENT_2":"12345"} */
    'buildArguments'?: any;
    /** Secret files as JSON object, encrypted at rest. File path must be absolute Example: {"/dir/fileName":{"data":"VGhpcyBpcyBhbiBleGFtcGxlIHdpdGggYSB0ZW1wbGF0ZWQgJHtOT0RFX0VOVn0gdmFyaWFibGU=","encoding":"utf-8"}} */
    'buildFiles'?: any;
    /** Docker secret mount contents as JSON object, encrypted at rest. Must be a valid Docker secret mount identifier Example: {"example-secret-mount_1":{"data":"VGhpcyBpcyBhbiBleGFtcGxlIHdpdGggYSB0ZW1wbGF0ZWQgJHtOT0RFX0VOVn0gdmFyaWFibGU=","encoding":"utf-8"}} */
    'dockerSecretMounts'?: any;
    /** An array of health checks. */
    'healthChecks'?: {
        /** The protocol to access the health check with. Example: "HTTP" */
        'protocol': 'HTTP' | 'CMD' | 'TCP';
        /** The type of health check. Example: "readinessProbe" */
        'type': 'livenessProbe' | 'readinessProbe' | 'startupProbe';
        /** The path of the health check endpoint. Required when protocol is HTTP. Example: "/health-check" */
        'path'?: string;
        /** The command to run for the health check. Required when protocol is CMD */
        'cmd'?: string;
        /** Port number for the health check endpoint. Required when protocol is HTTP. Example: 8080 */
        'port'?: number;
        /** Initial delay, in seconds, before the health check is first run. Example: 10 */
        'initialDelaySeconds': number;
        /** The time between each check, in seconds. Example: 60 */
        'periodSeconds': number;
        /** The time to wait for a response before marking the health check as a failure. Example: 1 */
        'timeoutSeconds': number;
        /** The maximum number of allowed failures. Example: 3 */
        'failureThreshold': number;
        /** The number of successes required to mark the health check as a success. Example: 1 */
        'successThreshold'?: number;
    }[];
    'loadBalancing'?: {
        'mode': 'leastConnection' | 'consistentHash' | 'roundRobin' | 'consistentReplicaRouting';
        'consistentHash'?: {
            'mode': 'ip' | 'customHeader';
            'header'?: string | null;
        };
        'consistentReplicaRouting'?: {
            'mode': 'path' | 'header';
        };
    };
    /** Describes all autoscaling configurations */
    'autoscaling'?: {
        /** Describes the horizontal autoscaling configuration */
        'horizontal'?: {
            /** Whether horizontal autoscaling should be enabled Example: true */
            'enabled': boolean;
            /** Minimum number of replicas which should be running at any time Example: 1 */
            'minReplicas': number;
            /** Maximum number of replicas which can be running at any time Example: 3 */
            'maxReplicas': number;
            'cpu'?: {
                /** Whether autoscaling should take into account cpu usage */
                'enabled': boolean;
                /** Threshold CPU usage percentage at which the workload will be scaled */
                'thresholdPercentage': number;
            };
            'memory'?: {
                /** Whether autoscaling should take into account memory usage */
                'enabled': boolean;
                /** Threshold memory usage percentage at which the workload will be scaled */
                'thresholdPercentage': number;
            };
            'rps'?: {
                /** Whether autoscaling should take into requests-per-second */
                'enabled': boolean;
                /** Threshold rps value on which the workload will be scaled */
                'thresholdValue': number;
            };
            'userMetrics'?: {
                /** Whether to enable handling for custom metrics in the autoscaling configuration Example: true */
                'enabled': boolean;
                /** Path on which the metrics will be exposed by the service.. Example: "/metrics" */
                'exposedMetricsPath': string;
                /** Port on which the metrics will be exposed by the service. Example: 8080 */
                'exposedMetricsPort': number;
                /** Array of custom metrics exposed by the service that will be used by the autoscaling configuration. At least one metric is required. */
                'metrics': {
                    /** Name of the custom metric Example: "example-metric" */
                    'metricName': string;
                    /** Type of metric exposed, this will affect how it'll be queried by the autoscaler component: Gauge will be used as is, Counter will be used with rate() Example: "gauge" */
                    'metricType': 'gauge' | 'counter';
                    /** Threshold value on which the workload will be scaled. Represents the average value across all running pods. Example: 2 */
                    'thresholdValue': number;
                }[];
            };
        };
    };
    'createOptions'?: {
        'volumesToAttach'?: string[];
    };
};

type PatchServiceCombinedData = {
    /** A description of the service. Example: "A service description" */
    'description'?: string;
    'stageId'?: string | null;
    /** An array of previously defined tags to help identify and group the resource. */
    'tags'?: string[];
    'billing'?: {
        /** The ID of the deployment plan to use. Example: "nf-compute-20" */
        'deploymentPlan'?: string;
        /** The ID of the build plan to use. Example: "nf-compute-200-8" */
        'buildPlan'?: string;
        'gpu'?: {
            'enabled'?: boolean;
            'configuration'?: {
                'gpuType'?: string;
                'gpuCount'?: number;
                'timesliced'?: boolean;
            };
        };
    };
    'deployment'?: {
        /** The number of instances to run the service on. Example: 1 */
        'instances'?: number;
        'buildpack'?: {
            /** Type of buildpack run configuration */
            'configType'?: 'default' | 'customProcess' | 'customCommand' | 'customEntrypointCustomCommand' | 'originalEntrypointCustomCommand';
            /** Custom process which should be run. Required in case where `configType` is `customProcess` */
            'customProcess'?: string;
            /** Custom entrypoint which should be run. Required in case where `configType` is `customEntrypointCustomCommand` */
            'customEntrypoint'?: string;
            /** Custom command which should be run. Required in case where `configType` is `customCommand`, `customEntrypointCustomCommand` or `originalEntrypointCustomCommand` */
            'customCommand'?: string;
        };
        'docker'?: {
            /** Type of entrypoint & command override configuration Example: "default" */
            'configType'?: 'default' | 'customEntrypoint' | 'customCommand' | 'customEntrypointCustomCommand';
            /** Custom entrypoint which should be used. Required in case where `configType` is `customEntrypoint` or `customEntrypointCustomCommand` */
            'customEntrypoint'?: string;
            /** Custom command which should be used. Required in case where `configType` is `customCommand` or `customEntrypointCustomCommand` */
            'customCommand'?: string;
        };
        'storage'?: {
            'ephemeralStorage'?: {
                /** Ephemeral storage per container in MB Example: 1024 */
                'storageSize'?: number;
            };
            /** Configures the amount of available memory-backed disk space available to /dev/shm */
            'shmSize'?: number;
        };
        /** Roll out strategy of the service */
        'strategy'?: {
            /** Configures the instance roll out strategy of your service. Currently only available via feature flag. */
            'type'?: 'recreate' | 'rollout-steady' | 'rollout-balanced' | 'rollout-fast' | 'custom';
            'settings'?: {
                /** Maximum number or percentage of pods that can be created above the desired count. */
                'maxSurge': number | string;
                /** Maximum number or percentage of pods that can be unavailable during the update. */
                'maxUnavailable': number | string;
            };
        };
        'zonalRedundancy'?: {
            /** Defines scheduling behaviour across different zones within the same region. */
            'type'?: 'disabled' | 'preferred' | 'required';
            /** Defines how many zones are required and will prevent containers from additional scheduling into existing zones. (Only relevant if type is set to "required") */
            'minZones'?: number;
        };
        'gpu'?: {
            'enabled'?: boolean;
            'configuration'?: {
                'gpuType'?: string;
                'gpuCount'?: number;
                'timesliced'?: boolean;
            };
        };
        /** The maximum amount of time the process has to shut down after receiving a SIGTERM signal before it is forcefully shut down SIGKILL by the system. */
        'gracePeriodSeconds'?: number;
        /** The id of the strategy to be attached to service. */
        'gradualRolloutStrategyId'?: string | null;
        'ssh'?: {
            /** Enables SSH access if the resource matches an SSH identity selector. */
            'enabled'?: boolean;
        };
        /** Allow setting custom labels and annotations for workloads. */
        'metadata'?: {
            /** Specify custom labels for the workload. */
            'labels'?: any;
            /** Specify custom annotations for the workload as string or object. */
            'annotations'?: any;
        };
    };
    'ports'?: {
        /** The name used to identify the port. Example: "p01" */
        'name': string;
        /** The port number. Example: 8080 */
        'internalPort': number;
        /** If true, the port will be exposed publicly. Example: true */
        'public'?: boolean;
        'security'?: {
            /** An array of credentials to access the service. */
            'credentials'?: {
                /** The username to access the service Example: "admin" */
                'username': string;
                /** The password to access the service with this username. Example: "password123" */
                'password': string;
                /** The type of authentication used Example: "basic-auth" */
                'type': 'basic-auth';
            }[];
            /** An array of IP address policies. */
            'ip'?: {
                /** An array of IP addresses used for this rule */
                'addresses': string[];
                /** The action for this rule. Example: "DENY" */
                'action': 'ALLOW' | 'DENY';
            }[];
            /** An array of IP address policies. */
            'policies'?: {
                /** An array of IP addresses used for this rule */
                'addresses': string[];
                /** The action for this rule. Example: "DENY" */
                'action': 'ALLOW' | 'DENY';
            }[];
            /** Configure port authentication via SSO */
            'sso'?: {
                /** ID of the SSO organization that the user will have to be a member of */
                'organizationId'?: string;
                /** Array of directory groups that will have access */
                'directoryGroupIds'?: string[];
                /** Allow entire organization to access this service */
                'allowAnyOrgUsers'?: boolean;
                /** Enforce internal traffic through SSO authentication flow */
                'validateInternalTraffic'?: boolean;
                /** Set SSO authentication cookie on root domain */
                'setCookieOnRootDomain'?: boolean;
                /** Allow internal traffic from same or shared projects via public DNS to skip SSO authentication flow */
                'allowInternalTrafficViaPublicDns'?: boolean;
            };
            /** List of header authentication settings, it checks the presence of all headers and compares it against the expected value. Wildcard (*) is supported. */
            'headers'?: any[];
            /** Mode used to verify multiple security features like ip policies and SSO authentication */
            'verificationMode'?: 'or' | 'and';
            'securePathConfiguration'?: {
                /** Enable security policies on a path-level style */
                'enabled'?: boolean;
                /** Allow internal traffic from same or shared projects via public DNS to skip all security policies */
                'skipSecurityPoliciesForInternalTrafficViaPublicDns'?: boolean;
                'rules'?: {
                    /** Array of path objects which represent the paths and their priority for which the security policies will be enforced */
                    'paths': any[];
                    /** Specify the way the path rule will behave when processing policies. This enables an allow-list/deny-list approach for access control on each path Example: "protected" */
                    'accessMode': 'protected' | 'unprotected';
                    'securityPolicies'?: {
                        'orPolicies'?: {
                            /** An array of credentials to access the service. */
                            'credentials'?: {
                                /** The username to access the service Example: "admin" */
                                'username': string;
                                /** The password to access the service with this username. Example: "password123" */
                                'password': string;
                                /** The type of authentication used Example: "basic-auth" */
                                'type': 'basic-auth';
                            }[];
                            /** An array of IP address policies. */
                            'ip'?: {
                                /** An array of IP addresses used for this rule */
                                'addresses': string[];
                                /** The action for this rule. Example: "DENY" */
                                'action': 'ALLOW' | 'DENY';
                            }[];
                            /** An array of IP address policies. */
                            'policies'?: {
                                /** An array of IP addresses used for this rule */
                                'addresses': string[];
                                /** The action for this rule. Example: "DENY" */
                                'action': 'ALLOW' | 'DENY';
                            }[];
                            /** Configure port authentication via SSO */
                            'sso'?: {
                                /** ID of the SSO organization that the user will have to be a member of */
                                'organizationId'?: string;
                                /** Array of directory groups that will have access */
                                'directoryGroupIds'?: string[];
                                /** Allow entire organization to access this service */
                                'allowAnyOrgUsers'?: boolean;
                                /** Enforce internal traffic through SSO authentication flow */
                                'validateInternalTraffic'?: boolean;
                                /** Set SSO authentication cookie on root domain */
                                'setCookieOnRootDomain'?: boolean;
                                /** Allow internal traffic from same or shared projects via public DNS to skip SSO authentication flow */
                                'allowInternalTrafficViaPublicDns'?: boolean;
                            };
                            /** List of header authentication settings, it checks the presence of all headers and compares it against the expected value. Wildcard (*) is supported. */
                            'headers'?: any[];
                        };
                        'requiredPolicies'?: {
                            /** An array of credentials to access the service. */
                            'credentials'?: {
                                /** The username to access the service Example: "admin" */
                                'username': string;
                                /** The password to access the service with this username. Example: "password123" */
                                'password': string;
                                /** The type of authentication used Example: "basic-auth" */
                                'type': 'basic-auth';
                            }[];
                            /** An array of IP address policies. */
                            'ip'?: {
                                /** An array of IP addresses used for this rule */
                                'addresses': string[];
                                /** The action for this rule. Example: "DENY" */
                                'action': 'ALLOW' | 'DENY';
                            }[];
                            /** An array of IP address policies. */
                            'policies'?: {
                                /** An array of IP addresses used for this rule */
                                'addresses': string[];
                                /** The action for this rule. Example: "DENY" */
                                'action': 'ALLOW' | 'DENY';
                            }[];
                            /** Configure port authentication via SSO */
                            'sso'?: {
                                /** ID of the SSO organization that the user will have to be a member of */
                                'organizationId'?: string;
                                /** Array of directory groups that will have access */
                                'directoryGroupIds'?: string[];
                                /** Allow entire organization to access this service */
                                'allowAnyOrgUsers'?: boolean;
                                /** Enforce internal traffic through SSO authentication flow */
                                'validateInternalTraffic'?: boolean;
                                /** Set SSO authentication cookie on root domain */
                                'setCookieOnRootDomain'?: boolean;
                                /** Allow internal traffic from same or shared projects via public DNS to skip SSO authentication flow */
                                'allowInternalTrafficViaPublicDns'?: boolean;
                            };
                            /** List of header authentication settings, it checks the presence of all headers and compares it against the expected value. Wildcard (*) is supported. */
                            'headers'?: any[];
                        };
                    };
                }[];
            };
        };
        /** An array of domains to redirect to this port. Each domain must first be verified and registered to your account. */
        'domains'?: string[];
        /** Disable routing on the default code.run domain for public HTTP ports with custom domains. */
        'disableNfDomain'?: boolean;
        'advancedOptions'?: {
            /** Whether this port should use pass through mode for TLS */
            'enableTlsPassthrough'?: boolean;
        };
        /** The protocol to use for the port. Example: "HTTP" */
        'protocol': 'HTTP' | 'HTTP/2' | 'TCP' | 'UDP';
    }[];
    /** Whether CI (continuous integration) should be disabled. */
    'disabledCI'?: boolean;
    /** Defines the build source for this resource Example: "git" */
    'buildSource'?: 'git' | 'bundle';
    'vcsData'?: {
        /** URL of the Git repo to build. Example: "https://github.com/northflank/gatsby-with-northflank" */
        'projectUrl'?: string;
        /** The VCS provider to use. Example: "github" */
        'projectType'?: 'bitbucket' | 'gitlab' | 'github' | 'self-hosted' | 'azure';
        /** If projectType is self-hosted, the ID of the self-hosted vcs to use. */
        'selfHostedVcsId'?: string;
        /** By default, if you have multiple version control accounts of the same provider linked, Northflank will pick a linked account that has access to the repository. If `accountLogin` is provided, Northflank will instead use your linked account with that login name. Example: "github-user" */
        'accountLogin'?: string;
        /** By default, if you have multiple version control accounts of the same provider linked, Northflank will pick a linked account that has access to the repository. If `vcsLinkId` is provided, Northflank will instead use your linked account with that ID. */
        'vcsLinkId'?: string;
        /** The name of the branch to use. Example: "master" */
        'projectBranch'?: string;
    };
    'bundleData'?: {
        /** URL of the bundle to be built Example: "https://example.com/archive.tar" */
        'bundleUrl'?: string;
        /** Branch identifier for the bundle. Example: "main" */
        'branch'?: string;
    };
    'buildSettings'?: {
        'storage'?: {
            'ephemeralStorage'?: {
                /** Ephemeral storage per build in MB Example: 16384 */
                'storageSize'?: number;
            };
        };
        'dockerfile'?: {
            /** DEPRECATED: This field will be removed in the near future and currently has no effect. */
            'useCache'?: boolean;
            /** Build engine to use. Defaults to recommended build engine `buildkit` Example: "buildkit" */
            'buildEngine'?: 'buildkit' | 'kaniko';
            /** The file path of the Dockerfile. Example: "/Dockerfile" */
            'dockerFilePath'?: string;
            /** The working directory of the Dockerfile. Example: "/" */
            'dockerWorkDir'?: string;
            'buildkit'?: {
                /** Use persistent storage to cache build layers. Example: true */
                'useCache'?: boolean;
                /** The amount of persistent storage available to each build in MB. Example: 32768 */
                'cacheStorageSize'?: number;
                /** DEPRECATED: This field will be removed in the near future. */
                'useInternalCache'?: boolean;
                /** DEPRECATED: This field will be removed in the near future. */
                'internalCacheStorage'?: number;
            };
        };
        'buildpack'?: {
            /** Buildpack stack to use. Defaults to recommended stack `HEROKU_24`. Example: "HEROKU_24" */
            'builder'?: 'HEROKU_24' | 'HEROKU_22' | 'HEROKU_22_CLASSIC' | 'HEROKU_20' | 'HEROKU_18' | 'GOOGLE_22' | 'GOOGLE_V1' | 'CNB_ALPINE' | 'CNB_BIONIC' | 'PAKETO_JAMMY_TINY' | 'PAKETO_JAMMY_BASE' | 'PAKETO_JAMMY_FULL' | 'PAKETO_TINY' | 'PAKETO_BASE' | 'PAKETO_FULL';
            /** Array of custom Buildpacks to use. */
            'buildpackLocators'?: string[];
            /** The working directory to build in. Example: "/" */
            'buildContext'?: string;
            /** Should build dependencies be cached? */
            'useCache'?: boolean;
        };
    };
    'buildConfiguration'?: {
        /** An array of path ignore rules. A commit will only be built if a file has been changed that does not match any of the ignore rules. Path ignore rules follow `.gitignore` syntax. */
        'pathIgnoreRules'?: string[];
        /** If `true`, the functionality of `pathIgnoreRules` will be inverted. A commit will only be built if a file has been changed that matches one or more of the rules in `pathIgnoreRules`. */
        'isAllowList'?: boolean;
        /** If `true`, enables commit ignore flags. If a commit message contains one or more of the flags in `ciIgnoreFlags`, that commit will not be built. */
        'ciIgnoreFlagsEnabled'?: boolean;
        /** An array of commit ignore flags. If a commit message contains one or more of these flags, that commit will not be built. Defaults to `["[skip ci]", "[ci skip]", "[no ci]", "[skip nf]", "[nf skip]", "[northflank skip]", "[skip northflank]"]` Example: ["[skip ci]","[ci skip]","[no ci]","[skip nf]","[nf skip]","[northflank skip]","[skip northflank]"] */
        'ciIgnoreFlags'?: string[];
        /** If your Dockerfile contains multiple build stages, you can specify the target stage by entering its name here. */
        'dockerfileTarget'?: string;
        'dockerCredentials'?: string[];
        /** Include .git folder inside the build context */
        'includeGitFolder'?: boolean;
        /** Include the entire git history as part of the .git folder. Only relevant if "includeGitFolder" is set. */
        'fullGitClone'?: boolean;
        /** Enable Git LFS support for the build */
        'enableGitLfs'?: boolean;
        'storage'?: {
            'ephemeralStorage'?: {
                /** Ephemeral storage per build in MB Example: 16384 */
                'storageSize'?: number;
            };
        };
    };
    /** An object containing the runtime environment to set for the service. Keys may only contain letters, numbers, hyphens, forward slashes and dots. Example: {"VARIABLE_1":"abcdef","VARIABLE_2":"12345"} */
    'runtimeEnvironment'?: any;
    /** Secret files as JSON object, encrypted at rest. File path must be absolute Example: {"/dir/fileName":{"data":"VGhpcyBpcyBhbiBleGFtcGxlIHdpdGggYSB0ZW1wbGF0ZWQgJHtOT0RFX0VOVn0gdmFyaWFibGU=","encoding":"utf-8"}} */
    'runtimeFiles'?: any;
    /** An object containing the build arguments to set for the service. Keys may only contain letters, numbers, hyphens, forward slashes and dots. Example: {"ARGUMENT_1":"abcdef","ARGUMENT_2":"12345"} */
    'buildArguments'?: any;
    /** Secret files as JSON object, encrypted at rest. File path must be absolute Example: {"/dir/fileName":{"data":"VGhpcyBpcyBhbiBleGFtcGxlIHdpdGggYSB0ZW1wbGF0ZWQgJHtOT0RFX0VOVn0gdmFyaWFibGU=","encoding":"utf-8"}} */
    'buildFiles'?: any;
    /** Docker secret mount contents as JSON object, encrypted at rest. Must be a valid Docker secret mount identifier Example: {"example-secret-mount_1":{"data":"VGhpcyBpcyBhbiBleGFtcGxlIHdpdGggYSB0ZW1wbGF0ZWQgJHtOT0RFX0VOVn0gdmFyaWFibGU=","encoding":"utf-8"}} */
    'dockerSecretMounts'?: any;
    /** An array of health checks. */
    'healthChecks'?: {
        /** The protocol to access the health check with. Example: "HTTP" */
        'protocol': 'HTTP' | 'CMD' | 'TCP';
        /** The type of health check. Example: "readinessProbe" */
        'type': 'livenessProbe' | 'readinessProbe' | 'startupProbe';
        /** The path of the health check endpoint. Required when protocol is HTTP. Example: "/health-check" */
        'path'?: string;
        /** The command to run for the health check. Required when protocol is CMD */
        'cmd'?: string;
        /** Port number for the health check endpoint. Required when protocol is HTTP. Example: 8080 */
        'port'?: number;
        /** Initial delay, in seconds, before the health check is first run. Example: 10 */
        'initialDelaySeconds': number;
        /** The time between each check, in seconds. Example: 60 */
        'periodSeconds': number;
        /** The time to wait for a response before marking the health check as a failure. Example: 1 */
        'timeoutSeconds': number;
        /** The maximum number of allowed failures. Example: 3 */
        'failureThreshold': number;
        /** The number of successes required to mark the health check as a success. Example: 1 */
        'successThreshold'?: number;
    }[];
    'loadBalancing'?: {
        'mode'?: 'leastConnection' | 'consistentHash' | 'roundRobin' | 'consistentReplicaRouting';
        'consistentHash'?: {
            'mode': 'ip' | 'customHeader';
            'header'?: string | null;
        };
        'consistentReplicaRouting'?: {
            'mode': 'path' | 'header';
        };
    };
    'autoscaling'?: {
        'horizontal'?: {
            /** Whether horizontal autoscaling should be enabled Example: true */
            'enabled'?: boolean;
            /** Minimum number of replicas which should be running at any time Example: 1 */
            'minReplicas'?: number;
            /** Maximum number of replicas which can be running at any time Example: 3 */
            'maxReplicas'?: number;
            'cpu'?: {
                /** Whether autoscaling should take into account cpu usage */
                'enabled'?: boolean;
                /** Threshold CPU usage percentage at which the workload will be scaled */
                'thresholdPercentage'?: number;
            };
            'memory'?: {
                /** Whether autoscaling should take into account memory usage */
                'enabled'?: boolean;
                /** Threshold memory usage percentage at which the workload will be scaled */
                'thresholdPercentage'?: number;
            };
            'rps'?: {
                /** Whether autoscaling should take into requests-per-second */
                'enabled'?: boolean;
                /** Threshold rps value on which the workload will be scaled */
                'thresholdValue'?: number;
            };
            'userMetrics'?: {
                /** Whether to enable handling for custom metrics in the autoscaling configuration Example: true */
                'enabled'?: boolean;
                /** Path on which the metrics will be exposed by the service.. Example: "/metrics" */
                'exposedMetricsPath'?: string;
                /** Port on which the metrics will be exposed by the service. Example: 8080 */
                'exposedMetricsPort'?: number;
                /** Array of custom metrics exposed by the service that will be used by the autoscaling configuration. At least one metric is required. */
                'metrics'?: {
                    /** Name of the custom metric Example: "example-metric" */
                    'metricName': string;
                    /** Type of metric exposed, this will affect how it'll be queried by the autoscaler component: Gauge will be used as is, Counter will be used with rate() Example: "gauge" */
                    'metricType': 'gauge' | 'counter';
                    /** Threshold value on which the workload will be scaled. Represents the average value across all running pods. Example: 2 */
                    'thresholdValue': number;
                }[];
            };
        };
    };
};

type CreateServiceDeploymentData = {
    /** The name of the service. Example: "Example Service" */
    'name': string;
    /** A description of the service. Example: "A service description" */
    'description'?: string;
    'stageId'?: string;
    /** An array of previously defined tags to help identify and group the resource. */
    'tags'?: string[];
    'billing': {
        /** The ID of the deployment plan to use. Example: "nf-compute-20" */
        'deploymentPlan': string;
        'gpu'?: {
            'enabled'?: boolean;
            'configuration'?: {
                'gpuType': string;
                'gpuCount'?: number;
                'timesliced'?: boolean;
            };
        };
    };
    'infrastructure'?: {
        'architecture'?: 'x86' | 'arm';
    };
    /** Deployment type */
    'deployment': {
        /** The way the service should be deployed. Either as a deployment (default), or as a stateful set. */
        'type'?: 'deployment' | 'statefulSet';
        /** The number of instances to run the service on. Example: 1 */
        'instances': number;
        /** Allows for customization of buildpack runtime */
        'buildpack'?: {
            /** Type of buildpack run configuration */
            'configType': 'default' | 'customProcess' | 'customCommand' | 'customEntrypointCustomCommand' | 'originalEntrypointCustomCommand';
            /** Custom process which should be run. Required in case where `configType` is `customProcess` */
            'customProcess'?: string;
            /** Custom entrypoint which should be run. Required in case where `configType` is `customEntrypointCustomCommand` */
            'customEntrypoint'?: string;
            /** Custom command which should be run. Required in case where `configType` is `customCommand`, `customEntrypointCustomCommand` or `originalEntrypointCustomCommand` */
            'customCommand'?: string;
        };
        /** Allows for customization of docker runtime */
        'docker'?: {
            /** Type of entrypoint & command override configuration Example: "default" */
            'configType': 'default' | 'customEntrypoint' | 'customCommand' | 'customEntrypointCustomCommand';
            /** Custom entrypoint which should be used. Required in case where `configType` is `customEntrypoint` or `customEntrypointCustomCommand` */
            'customEntrypoint'?: string;
            /** Custom command which should be used. Required in case where `configType` is `customCommand` or `customEntrypointCustomCommand` */
            'customCommand'?: string;
        };
        'storage'?: {
            'useHdbStorage'?: boolean;
            'usePdSsdStorage'?: boolean;
            'ephemeralStorage'?: {
                /** Ephemeral storage per container in MB Example: 1024 */
                'storageSize'?: number;
            };
            /** Configures the amount of available memory-backed disk space available to /dev/shm */
            'shmSize'?: number;
        };
        /** Roll out strategy of the service */
        'strategy'?: {
            /** Configures the instance roll out strategy of your service. Currently only available via feature flag. */
            'type'?: 'recreate' | 'rollout-steady' | 'rollout-balanced' | 'rollout-fast' | 'custom';
            'settings'?: {
                /** Maximum number or percentage of pods that can be created above the desired count. */
                'maxSurge': number | string;
                /** Maximum number or percentage of pods that can be unavailable during the update. */
                'maxUnavailable': number | string;
            };
        };
        'zonalRedundancy'?: {
            /** Defines scheduling behaviour across different zones within the same region. */
            'type'?: 'disabled' | 'preferred' | 'required';
            /** Defines how many zones are required and will prevent containers from additional scheduling into existing zones. (Only relevant if type is set to "required") */
            'minZones'?: number;
        };
        'gpu'?: {
            'enabled'?: boolean;
            'configuration'?: {
                'gpuType': string;
                'gpuCount'?: number;
                'timesliced'?: boolean;
            };
        };
        /** The maximum amount of time the process has to shut down after receiving a SIGTERM signal before it is forcefully shut down SIGKILL by the system. */
        'gracePeriodSeconds'?: number;
        /** The id of the strategy to be attached to service. */
        'gradualRolloutStrategyId'?: string | null;
        /** Controls related to SSH access within the resource. */
        'ssh'?: {
            /** Enables SSH access if the resource matches an SSH identity selector. */
            'enabled': boolean;
        };
        /** Allow setting custom labels and annotations for workloads. */
        'metadata'?: {
            /** Specify custom labels for the workload. */
            'labels'?: any;
            /** Specify custom annotations for the workload as string or object. */
            'annotations'?: any;
        };
        'internal': {
            /** ID of the build service to deploy */
            'id'?: string;
            /** Branch to deploy Example: "master" */
            'branch'?: string;
            /** Commit SHA to deploy, or 'latest' to deploy the most recent commit Example: "latest" */
            'buildSHA'?: string | 'latest';
            /** ID of the build that should be deployed Example: "premium-guide-6393" */
            'buildId'?: string;
        };
    } | {
        /** The way the service should be deployed. Either as a deployment (default), or as a stateful set. */
        'type'?: 'deployment' | 'statefulSet';
        /** The number of instances to run the service on. Example: 1 */
        'instances': number;
        /** Allows for customization of buildpack runtime */
        'buildpack'?: {
            /** Type of buildpack run configuration */
            'configType': 'default' | 'customProcess' | 'customCommand' | 'customEntrypointCustomCommand' | 'originalEntrypointCustomCommand';
            /** Custom process which should be run. Required in case where `configType` is `customProcess` */
            'customProcess'?: string;
            /** Custom entrypoint which should be run. Required in case where `configType` is `customEntrypointCustomCommand` */
            'customEntrypoint'?: string;
            /** Custom command which should be run. Required in case where `configType` is `customCommand`, `customEntrypointCustomCommand` or `originalEntrypointCustomCommand` */
            'customCommand'?: string;
        };
        /** Allows for customization of docker runtime */
        'docker'?: {
            /** Type of entrypoint & command override configuration Example: "default" */
            'configType': 'default' | 'customEntrypoint' | 'customCommand' | 'customEntrypointCustomCommand';
            /** Custom entrypoint which should be used. Required in case where `configType` is `customEntrypoint` or `customEntrypointCustomCommand` */
            'customEntrypoint'?: string;
            /** Custom command which should be used. Required in case where `configType` is `customCommand` or `customEntrypointCustomCommand` */
            'customCommand'?: string;
        };
        'storage'?: {
            'useHdbStorage'?: boolean;
            'usePdSsdStorage'?: boolean;
            'ephemeralStorage'?: {
                /** Ephemeral storage per container in MB Example: 1024 */
                'storageSize'?: number;
            };
            /** Configures the amount of available memory-backed disk space available to /dev/shm */
            'shmSize'?: number;
        };
        /** Roll out strategy of the service */
        'strategy'?: {
            /** Configures the instance roll out strategy of your service. Currently only available via feature flag. */
            'type'?: 'recreate' | 'rollout-steady' | 'rollout-balanced' | 'rollout-fast' | 'custom';
            'settings'?: {
                /** Maximum number or percentage of pods that can be created above the desired count. */
                'maxSurge': number | string;
                /** Maximum number or percentage of pods that can be unavailable during the update. */
                'maxUnavailable': number | string;
            };
        };
        'zonalRedundancy'?: {
            /** Defines scheduling behaviour across different zones within the same region. */
            'type'?: 'disabled' | 'preferred' | 'required';
            /** Defines how many zones are required and will prevent containers from additional scheduling into existing zones. (Only relevant if type is set to "required") */
            'minZones'?: number;
        };
        'gpu'?: {
            'enabled'?: boolean;
            'configuration'?: {
                'gpuType': string;
                'gpuCount'?: number;
                'timesliced'?: boolean;
            };
        };
        /** The maximum amount of time the process has to shut down after receiving a SIGTERM signal before it is forcefully shut down SIGKILL by the system. */
        'gracePeriodSeconds'?: number;
        /** The id of the strategy to be attached to service. */
        'gradualRolloutStrategyId'?: string | null;
        /** Controls related to SSH access within the resource. */
        'ssh'?: {
            /** Enables SSH access if the resource matches an SSH identity selector. */
            'enabled': boolean;
        };
        /** Allow setting custom labels and annotations for workloads. */
        'metadata'?: {
            /** Specify custom labels for the workload. */
            'labels'?: any;
            /** Specify custom annotations for the workload as string or object. */
            'annotations'?: any;
        };
        'external': {
            /** Image to be deployed. When not deploying from Dockerhub the URL must be specified. Example: "nginx:latest" */
            'imagePath': string;
            /** ID of the saved credentials to use to access this external image. Example: "example-credentials" */
            'credentials'?: string;
        };
    } | {
        /** The way the service should be deployed. Either as a deployment (default), or as a stateful set. */
        'type'?: 'deployment' | 'statefulSet';
        /** The number of instances to run the service on. Example: 1 */
        'instances': number;
        /** Allows for customization of buildpack runtime */
        'buildpack'?: {
            /** Type of buildpack run configuration */
            'configType': 'default' | 'customProcess' | 'customCommand' | 'customEntrypointCustomCommand' | 'originalEntrypointCustomCommand';
            /** Custom process which should be run. Required in case where `configType` is `customProcess` */
            'customProcess'?: string;
            /** Custom entrypoint which should be run. Required in case where `configType` is `customEntrypointCustomCommand` */
            'customEntrypoint'?: string;
            /** Custom command which should be run. Required in case where `configType` is `customCommand`, `customEntrypointCustomCommand` or `originalEntrypointCustomCommand` */
            'customCommand'?: string;
        };
        /** Allows for customization of docker runtime */
        'docker'?: {
            /** Type of entrypoint & command override configuration Example: "default" */
            'configType': 'default' | 'customEntrypoint' | 'customCommand' | 'customEntrypointCustomCommand';
            /** Custom entrypoint which should be used. Required in case where `configType` is `customEntrypoint` or `customEntrypointCustomCommand` */
            'customEntrypoint'?: string;
            /** Custom command which should be used. Required in case where `configType` is `customCommand` or `customEntrypointCustomCommand` */
            'customCommand'?: string;
        };
        'storage'?: {
            'useHdbStorage'?: boolean;
            'usePdSsdStorage'?: boolean;
            'ephemeralStorage'?: {
                /** Ephemeral storage per container in MB Example: 1024 */
                'storageSize'?: number;
            };
            /** Configures the amount of available memory-backed disk space available to /dev/shm */
            'shmSize'?: number;
        };
        /** Roll out strategy of the service */
        'strategy'?: {
            /** Configures the instance roll out strategy of your service. Currently only available via feature flag. */
            'type'?: 'recreate' | 'rollout-steady' | 'rollout-balanced' | 'rollout-fast' | 'custom';
            'settings'?: {
                /** Maximum number or percentage of pods that can be created above the desired count. */
                'maxSurge': number | string;
                /** Maximum number or percentage of pods that can be unavailable during the update. */
                'maxUnavailable': number | string;
            };
        };
        'zonalRedundancy'?: {
            /** Defines scheduling behaviour across different zones within the same region. */
            'type'?: 'disabled' | 'preferred' | 'required';
            /** Defines how many zones are required and will prevent containers from additional scheduling into existing zones. (Only relevant if type is set to "required") */
            'minZones'?: number;
        };
        'gpu'?: {
            'enabled'?: boolean;
            'configuration'?: {
                'gpuType': string;
                'gpuCount'?: number;
                'timesliced'?: boolean;
            };
        };
        /** The maximum amount of time the process has to shut down after receiving a SIGTERM signal before it is forcefully shut down SIGKILL by the system. */
        'gracePeriodSeconds'?: number;
        /** The id of the strategy to be attached to service. */
        'gradualRolloutStrategyId'?: string | null;
        /** Controls related to SSH access within the resource. */
        'ssh'?: {
            /** Enables SSH access if the resource matches an SSH identity selector. */
            'enabled': boolean;
        };
        /** Allow setting custom labels and annotations for workloads. */
        'metadata'?: {
            /** Specify custom labels for the workload. */
            'labels'?: any;
            /** Specify custom annotations for the workload as string or object. */
            'annotations'?: any;
        };
    };
    'ports'?: {
        /** The name used to identify the port. Example: "p01" */
        'name': string;
        /** The port number. Example: 8080 */
        'internalPort': number;
        /** If true, the port will be exposed publicly. Example: true */
        'public'?: boolean;
        'security'?: {
            /** An array of credentials to access the service. */
            'credentials'?: {
                /** The username to access the service Example: "admin" */
                'username': string;
                /** The password to access the service with this username. Example: "password123" */
                'password': string;
                /** The type of authentication used Example: "basic-auth" */
                'type': 'basic-auth';
            }[];
            /** An array of IP address policies. */
            'ip'?: {
                /** An array of IP addresses used for this rule */
                'addresses': string[];
                /** The action for this rule. Example: "DENY" */
                'action': 'ALLOW' | 'DENY';
            }[];
            /** An array of IP address policies. */
            'policies'?: {
                /** An array of IP addresses used for this rule */
                'addresses': string[];
                /** The action for this rule. Example: "DENY" */
                'action': 'ALLOW' | 'DENY';
            }[];
            /** Configure port authentication via SSO */
            'sso'?: {
                /** ID of the SSO organization that the user will have to be a member of */
                'organizationId'?: string;
                /** Array of directory groups that will have access */
                'directoryGroupIds'?: string[];
                /** Allow entire organization to access this service */
                'allowAnyOrgUsers'?: boolean;
                /** Enforce internal traffic through SSO authentication flow */
                'validateInternalTraffic'?: boolean;
                /** Set SSO authentication cookie on root domain */
                'setCookieOnRootDomain'?: boolean;
                /** Allow internal traffic from same or shared projects via public DNS to skip SSO authentication flow */
                'allowInternalTrafficViaPublicDns'?: boolean;
            };
            /** List of header authentication settings, it checks the presence of all headers and compares it against the expected value. Wildcard (*) is supported. */
            'headers'?: any[];
            /** Mode used to verify multiple security features like ip policies and SSO authentication */
            'verificationMode'?: 'or' | 'and';
            'securePathConfiguration'?: {
                /** Enable security policies on a path-level style */
                'enabled'?: boolean;
                /** Allow internal traffic from same or shared projects via public DNS to skip all security policies */
                'skipSecurityPoliciesForInternalTrafficViaPublicDns'?: boolean;
                'rules'?: {
                    /** Array of path objects which represent the paths and their priority for which the security policies will be enforced */
                    'paths': any[];
                    /** Specify the way the path rule will behave when processing policies. This enables an allow-list/deny-list approach for access control on each path Example: "protected" */
                    'accessMode': 'protected' | 'unprotected';
                    'securityPolicies'?: {
                        'orPolicies'?: {
                            /** An array of credentials to access the service. */
                            'credentials'?: {
                                /** The username to access the service Example: "admin" */
                                'username': string;
                                /** The password to access the service with this username. Example: "password123" */
                                'password': string;
                                /** The type of authentication used Example: "basic-auth" */
                                'type': 'basic-auth';
                            }[];
                            /** An array of IP address policies. */
                            'ip'?: {
                                /** An array of IP addresses used for this rule */
                                'addresses': string[];
                                /** The action for this rule. Example: "DENY" */
                                'action': 'ALLOW' | 'DENY';
                            }[];
                            /** An array of IP address policies. */
                            'policies'?: {
                                /** An array of IP addresses used for this rule */
                                'addresses': string[];
                                /** The action for this rule. Example: "DENY" */
                                'action': 'ALLOW' | 'DENY';
                            }[];
                            /** Configure port authentication via SSO */
                            'sso'?: {
                                /** ID of the SSO organization that the user will have to be a member of */
                                'organizationId'?: string;
                                /** Array of directory groups that will have access */
                                'directoryGroupIds'?: string[];
                                /** Allow entire organization to access this service */
                                'allowAnyOrgUsers'?: boolean;
                                /** Enforce internal traffic through SSO authentication flow */
                                'validateInternalTraffic'?: boolean;
                                /** Set SSO authentication cookie on root domain */
                                'setCookieOnRootDomain'?: boolean;
                                /** Allow internal traffic from same or shared projects via public DNS to skip SSO authentication flow */
                                'allowInternalTrafficViaPublicDns'?: boolean;
                            };
                            /** List of header authentication settings, it checks the presence of all headers and compares it against the expected value. Wildcard (*) is supported. */
                            'headers'?: any[];
                        };
                        'requiredPolicies'?: {
                            /** An array of credentials to access the service. */
                            'credentials'?: {
                                /** The username to access the service Example: "admin" */
                                'username': string;
                                /** The password to access the service with this username. Example: "password123" */
                                'password': string;
                                /** The type of authentication used Example: "basic-auth" */
                                'type': 'basic-auth';
                            }[];
                            /** An array of IP address policies. */
                            'ip'?: {
                                /** An array of IP addresses used for this rule */
                                'addresses': string[];
                                /** The action for this rule. Example: "DENY" */
                                'action': 'ALLOW' | 'DENY';
                            }[];
                            /** An array of IP address policies. */
                            'policies'?: {
                                /** An array of IP addresses used for this rule */
                                'addresses': string[];
                                /** The action for this rule. Example: "DENY" */
                                'action': 'ALLOW' | 'DENY';
                            }[];
                            /** Configure port authentication via SSO */
                            'sso'?: {
                                /** ID of the SSO organization that the user will have to be a member of */
                                'organizationId'?: string;
                                /** Array of directory groups that will have access */
                                'directoryGroupIds'?: string[];
                                /** Allow entire organization to access this service */
                                'allowAnyOrgUsers'?: boolean;
                                /** Enforce internal traffic through SSO authentication flow */
                                'validateInternalTraffic'?: boolean;
                                /** Set SSO authentication cookie on root domain */
                                'setCookieOnRootDomain'?: boolean;
                                /** Allow internal traffic from same or shared projects via public DNS to skip SSO authentication flow */
                                'allowInternalTrafficViaPublicDns'?: boolean;
                            };
                            /** List of header authentication settings, it checks the presence of all headers and compares it against the expected value. Wildcard (*) is supported. */
                            'headers'?: any[];
                        };
                    };
                }[];
            };
        };
        /** An array of domains to redirect to this port. Each domain must first be verified and registered to your account. */
        'domains'?: string[];
        /** Disable routing on the default code.run domain for public HTTP ports with custom domains. */
        'disableNfDomain'?: boolean;
        'advancedOptions'?: {
            /** Whether this port should use pass through mode for TLS */
            'enableTlsPassthrough'?: boolean;
        };
        /** The protocol to use for the port. Example: "HTTP" */
        'protocol': 'HTTP' | 'HTTP/2' | 'TCP' | 'UDP';
    }[];
    /** An object containing the runtime environment to set for the service Example: {"VARIABLE_1":"abcdef","VARIABLE_2":"12345"} */
    'runtimeEnvironment'?: any;
    /** Secret files as JSON object, encrypted at rest. File path must be absolute Example: {"/dir/fileName":{"data":"VGhpcyBpcyBhbiBleGFtcGxlIHdpdGggYSB0ZW1wbGF0ZWQgJHtOT0RFX0VOVn0gdmFyaWFibGU=","encoding":"utf-8"}} */
    'runtimeFiles'?: any;
    /** An array of health checks. */
    'healthChecks'?: {
        /** The protocol to access the health check with. Example: "HTTP" */
        'protocol': 'HTTP' | 'CMD' | 'TCP';
        /** The type of health check. Example: "readinessProbe" */
        'type': 'livenessProbe' | 'readinessProbe' | 'startupProbe';
        /** The path of the health check endpoint. Required when protocol is HTTP. Example: "/health-check" */
        'path'?: string;
        /** The command to run for the health check. Required when protocol is CMD */
        'cmd'?: string;
        /** Port number for the health check endpoint. Required when protocol is HTTP. Example: 8080 */
        'port'?: number;
        /** Initial delay, in seconds, before the health check is first run. Example: 10 */
        'initialDelaySeconds': number;
        /** The time between each check, in seconds. Example: 60 */
        'periodSeconds': number;
        /** The time to wait for a response before marking the health check as a failure. Example: 1 */
        'timeoutSeconds': number;
        /** The maximum number of allowed failures. Example: 3 */
        'failureThreshold': number;
        /** The number of successes required to mark the health check as a success. Example: 1 */
        'successThreshold'?: number;
    }[];
    'loadBalancing'?: {
        'mode': 'leastConnection' | 'consistentHash' | 'roundRobin' | 'consistentReplicaRouting';
        'consistentHash'?: {
            'mode': 'ip' | 'customHeader';
            'header'?: string | null;
        };
        'consistentReplicaRouting'?: {
            'mode': 'path' | 'header';
        };
    };
    /** Describes all autoscaling configurations */
    'autoscaling'?: {
        /** Describes the horizontal autoscaling configuration */
        'horizontal'?: {
            /** Whether horizontal autoscaling should be enabled Example: true */
            'enabled': boolean;
            /** Minimum number of replicas which should be running at any time Example: 1 */
            'minReplicas': number;
            /** Maximum number of replicas which can be running at any time Example: 3 */
            'maxReplicas': number;
            'cpu'?: {
                /** Whether autoscaling should take into account cpu usage */
                'enabled': boolean;
                /** Threshold CPU usage percentage at which the workload will be scaled */
                'thresholdPercentage': number;
            };
            'memory'?: {
                /** Whether autoscaling should take into account memory usage */
                'enabled': boolean;
                /** Threshold memory usage percentage at which the workload will be scaled */
                'thresholdPercentage': number;
            };
            'rps'?: {
                /** Whether autoscaling should take into requests-per-second */
                'enabled': boolean;
                /** Threshold rps value on which the workload will be scaled */
                'thresholdValue': number;
            };
            'userMetrics'?: {
                /** Whether to enable handling for custom metrics in the autoscaling configuration Example: true */
                'enabled': boolean;
                /** Path on which the metrics will be exposed by the service.. Example: "/metrics" */
                'exposedMetricsPath': string;
                /** Port on which the metrics will be exposed by the service. Example: 8080 */
                'exposedMetricsPort': number;
                /** Array of custom metrics exposed by the service that will be used by the autoscaling configuration. At least one metric is required. */
                'metrics': {
                    /** Name of the custom metric Example: "example-metric" */
                    'metricName': string;
                    /** Type of metric exposed, this will affect how it'll be queried by the autoscaler component: Gauge will be used as is, Counter will be used with rate() Example: "gauge" */
                    'metricType': 'gauge' | 'counter';
                    /** Threshold value on which the workload will be scaled. Represents the average value across all running pods. Example: 2 */
                    'thresholdValue': number;
                }[];
            };
        };
    };
    'createOptions'?: {
        'volumesToAttach'?: string[];
    };
};

type PutServiceDeploymentData = {
    /** The name of the service. Example: "Example Service" */
    'name': string;
    /** A description of the service. Example: "A service description" */
    'description'?: string;
    'stageId'?: string;
    /** An array of previously defined tags to help identify and group the resource. */
    'tags'?: string[];
    'billing': {
        /** The ID of the deployment plan to use. Example: "nf-compute-20" */
        'deploymentPlan': string;
        'gpu'?: {
            'enabled'?: boolean;
            'configuration'?: {
                'gpuType': string;
                'gpuCount'?: number;
                'timesliced'?: boolean;
            };
        };
    };
    'infrastructure'?: {
        'architecture'?: 'x86' | 'arm';
    };
    /** Deployment type */
    'deployment': {
        /** The way the service should be deployed. Either as a deployment (default), or as a stateful set. */
        'type'?: 'deployment' | 'statefulSet';
        /** The number of instances to run the service on. Example: 1 */
        'instances': number;
        /** Allows for customization of buildpack runtime */
        'buildpack'?: {
            /** Type of buildpack run configuration */
            'configType': 'default' | 'customProcess' | 'customCommand' | 'customEntrypointCustomCommand' | 'originalEntrypointCustomCommand';
            /** Custom process which should be run. Required in case where `configType` is `customProcess` */
            'customProcess'?: string;
            /** Custom entrypoint which should be run. Required in case where `configType` is `customEntrypointCustomCommand` */
            'customEntrypoint'?: string;
            /** Custom command which should be run. Required in case where `configType` is `customCommand`, `customEntrypointCustomCommand` or `originalEntrypointCustomCommand` */
            'customCommand'?: string;
        };
        /** Allows for customization of docker runtime */
        'docker'?: {
            /** Type of entrypoint & command override configuration Example: "default" */
            'configType': 'default' | 'customEntrypoint' | 'customCommand' | 'customEntrypointCustomCommand';
            /** Custom entrypoint which should be used. Required in case where `configType` is `customEntrypoint` or `customEntrypointCustomCommand` */
            'customEntrypoint'?: string;
            /** Custom command which should be used. Required in case where `configType` is `customCommand` or `customEntrypointCustomCommand` */
            'customCommand'?: string;
        };
        'storage'?: {
            'useHdbStorage'?: boolean;
            'usePdSsdStorage'?: boolean;
            'ephemeralStorage'?: {
                /** Ephemeral storage per container in MB Example: 1024 */
                'storageSize'?: number;
            };
            /** Configures the amount of available memory-backed disk space available to /dev/shm */
            'shmSize'?: number;
        };
        /** Roll out strategy of the service */
        'strategy'?: {
            /** Configures the instance roll out strategy of your service. Currently only available via feature flag. */
            'type'?: 'recreate' | 'rollout-steady' | 'rollout-balanced' | 'rollout-fast' | 'custom';
            'settings'?: {
                /** Maximum number or percentage of pods that can be created above the desired count. */
                'maxSurge': number | string;
                /** Maximum number or percentage of pods that can be unavailable during the update. */
                'maxUnavailable': number | string;
            };
        };
        'zonalRedundancy'?: {
            /** Defines scheduling behaviour across different zones within the same region. */
            'type'?: 'disabled' | 'preferred' | 'required';
            /** Defines how many zones are required and will prevent containers from additional scheduling into existing zones. (Only relevant if type is set to "required") */
            'minZones'?: number;
        };
        'gpu'?: {
            'enabled'?: boolean;
            'configuration'?: {
                'gpuType': string;
                'gpuCount'?: number;
                'timesliced'?: boolean;
            };
        };
        /** The maximum amount of time the process has to shut down after receiving a SIGTERM signal before it is forcefully shut down SIGKILL by the system. */
        'gracePeriodSeconds'?: number;
        /** The id of the strategy to be attached to service. */
        'gradualRolloutStrategyId'?: string | null;
        /** Controls related to SSH access within the resource. */
        'ssh'?: {
            /** Enables SSH access if the resource matches an SSH identity selector. */
            'enabled': boolean;
        };
        /** Allow setting custom labels and annotations for workloads. */
        'metadata'?: {
            /** Specify custom labels for the workload. */
            'labels'?: any;
            /** Specify custom annotations for the workload as string or object. */
            'annotations'?: any;
        };
        'internal': {
            /** ID of the build service to deploy */
            'id'?: string;
            /** Branch to deploy Example: "master" */
            'branch'?: string;
            /** Commit SHA to deploy, or 'latest' to deploy the most recent commit Example: "latest" */
            'buildSHA'?: string | 'latest';
            /** ID of the build that should be deployed Example: "premium-guide-6393" */
            'buildId'?: string;
        };
    } | {
        /** The way the service should be deployed. Either as a deployment (default), or as a stateful set. */
        'type'?: 'deployment' | 'statefulSet';
        /** The number of instances to run the service on. Example: 1 */
        'instances': number;
        /** Allows for customization of buildpack runtime */
        'buildpack'?: {
            /** Type of buildpack run configuration */
            'configType': 'default' | 'customProcess' | 'customCommand' | 'customEntrypointCustomCommand' | 'originalEntrypointCustomCommand';
            /** Custom process which should be run. Required in case where `configType` is `customProcess` */
            'customProcess'?: string;
            /** Custom entrypoint which should be run. Required in case where `configType` is `customEntrypointCustomCommand` */
            'customEntrypoint'?: string;
            /** Custom command which should be run. Required in case where `configType` is `customCommand`, `customEntrypointCustomCommand` or `originalEntrypointCustomCommand` */
            'customCommand'?: string;
        };
        /** Allows for customization of docker runtime */
        'docker'?: {
            /** Type of entrypoint & command override configuration Example: "default" */
            'configType': 'default' | 'customEntrypoint' | 'customCommand' | 'customEntrypointCustomCommand';
            /** Custom entrypoint which should be used. Required in case where `configType` is `customEntrypoint` or `customEntrypointCustomCommand` */
            'customEntrypoint'?: string;
            /** Custom command which should be used. Required in case where `configType` is `customCommand` or `customEntrypointCustomCommand` */
            'customCommand'?: string;
        };
        'storage'?: {
            'useHdbStorage'?: boolean;
            'usePdSsdStorage'?: boolean;
            'ephemeralStorage'?: {
                /** Ephemeral storage per container in MB Example: 1024 */
                'storageSize'?: number;
            };
            /** Configures the amount of available memory-backed disk space available to /dev/shm */
            'shmSize'?: number;
        };
        /** Roll out strategy of the service */
        'strategy'?: {
            /** Configures the instance roll out strategy of your service. Currently only available via feature flag. */
            'type'?: 'recreate' | 'rollout-steady' | 'rollout-balanced' | 'rollout-fast' | 'custom';
            'settings'?: {
                /** Maximum number or percentage of pods that can be created above the desired count. */
                'maxSurge': number | string;
                /** Maximum number or percentage of pods that can be unavailable during the update. */
                'maxUnavailable': number | string;
            };
        };
        'zonalRedundancy'?: {
            /** Defines scheduling behaviour across different zones within the same region. */
            'type'?: 'disabled' | 'preferred' | 'required';
            /** Defines how many zones are required and will prevent containers from additional scheduling into existing zones. (Only relevant if type is set to "required") */
            'minZones'?: number;
        };
        'gpu'?: {
            'enabled'?: boolean;
            'configuration'?: {
                'gpuType': string;
                'gpuCount'?: number;
                'timesliced'?: boolean;
            };
        };
        /** The maximum amount of time the process has to shut down after receiving a SIGTERM signal before it is forcefully shut down SIGKILL by the system. */
        'gracePeriodSeconds'?: number;
        /** The id of the strategy to be attached to service. */
        'gradualRolloutStrategyId'?: string | null;
        /** Controls related to SSH access within the resource. */
        'ssh'?: {
            /** Enables SSH access if the resource matches an SSH identity selector. */
            'enabled': boolean;
        };
        /** Allow setting custom labels and annotations for workloads. */
        'metadata'?: {
            /** Specify custom labels for the workload. */
            'labels'?: any;
            /** Specify custom annotations for the workload as string or object. */
            'annotations'?: any;
        };
        'external': {
            /** Image to be deployed. When not deploying from Dockerhub the URL must be specified. Example: "nginx:latest" */
            'imagePath': string;
            /** ID of the saved credentials to use to access this external image. Example: "example-credentials" */
            'credentials'?: string;
        };
    } | {
        /** The way the service should be deployed. Either as a deployment (default), or as a stateful set. */
        'type'?: 'deployment' | 'statefulSet';
        /** The number of instances to run the service on. Example: 1 */
        'instances': number;
        /** Allows for customization of buildpack runtime */
        'buildpack'?: {
            /** Type of buildpack run configuration */
            'configType': 'default' | 'customProcess' | 'customCommand' | 'customEntrypointCustomCommand' | 'originalEntrypointCustomCommand';
            /** Custom process which should be run. Required in case where `configType` is `customProcess` */
            'customProcess'?: string;
            /** Custom entrypoint which should be run. Required in case where `configType` is `customEntrypointCustomCommand` */
            'customEntrypoint'?: string;
            /** Custom command which should be run. Required in case where `configType` is `customCommand`, `customEntrypointCustomCommand` or `originalEntrypointCustomCommand` */
            'customCommand'?: string;
        };
        /** Allows for customization of docker runtime */
        'docker'?: {
            /** Type of entrypoint & command override configuration Example: "default" */
            'configType': 'default' | 'customEntrypoint' | 'customCommand' | 'customEntrypointCustomCommand';
            /** Custom entrypoint which should be used. Required in case where `configType` is `customEntrypoint` or `customEntrypointCustomCommand` */
            'customEntrypoint'?: string;
            /** Custom command which should be used. Required in case where `configType` is `customCommand` or `customEntrypointCustomCommand` */
            'customCommand'?: string;
        };
        'storage'?: {
            'useHdbStorage'?: boolean;
            'usePdSsdStorage'?: boolean;
            'ephemeralStorage'?: {
                /** Ephemeral storage per container in MB Example: 1024 */
                'storageSize'?: number;
            };
            /** Configures the amount of available memory-backed disk space available to /dev/shm */
            'shmSize'?: number;
        };
        /** Roll out strategy of the service */
        'strategy'?: {
            /** Configures the instance roll out strategy of your service. Currently only available via feature flag. */
            'type'?: 'recreate' | 'rollout-steady' | 'rollout-balanced' | 'rollout-fast' | 'custom';
            'settings'?: {
                /** Maximum number or percentage of pods that can be created above the desired count. */
                'maxSurge': number | string;
                /** Maximum number or percentage of pods that can be unavailable during the update. */
                'maxUnavailable': number | string;
            };
        };
        'zonalRedundancy'?: {
            /** Defines scheduling behaviour across different zones within the same region. */
            'type'?: 'disabled' | 'preferred' | 'required';
            /** Defines how many zones are required and will prevent containers from additional scheduling into existing zones. (Only relevant if type is set to "required") */
            'minZones'?: number;
        };
        'gpu'?: {
            'enabled'?: boolean;
            'configuration'?: {
                'gpuType': string;
                'gpuCount'?: number;
                'timesliced'?: boolean;
            };
        };
        /** The maximum amount of time the process has to shut down after receiving a SIGTERM signal before it is forcefully shut down SIGKILL by the system. */
        'gracePeriodSeconds'?: number;
        /** The id of the strategy to be attached to service. */
        'gradualRolloutStrategyId'?: string | null;
        /** Controls related to SSH access within the resource. */
        'ssh'?: {
            /** Enables SSH access if the resource matches an SSH identity selector. */
            'enabled': boolean;
        };
        /** Allow setting custom labels and annotations for workloads. */
        'metadata'?: {
            /** Specify custom labels for the workload. */
            'labels'?: any;
            /** Specify custom annotations for the workload as string or object. */
            'annotations'?: any;
        };
    };
    'ports'?: {
        /** The name used to identify the port. Example: "p01" */
        'name': string;
        /** The port number. Example: 8080 */
        'internalPort': number;
        /** If true, the port will be exposed publicly. Example: true */
        'public'?: boolean;
        'security'?: {
            /** An array of credentials to access the service. */
            'credentials'?: {
                /** The username to access the service Example: "admin" */
                'username': string;
                /** The password to access the service with this username. Example: "password123" */
                'password': string;
                /** The type of authentication used Example: "basic-auth" */
                'type': 'basic-auth';
            }[];
            /** An array of IP address policies. */
            'ip'?: {
                /** An array of IP addresses used for this rule */
                'addresses': string[];
                /** The action for this rule. Example: "DENY" */
                'action': 'ALLOW' | 'DENY';
            }[];
            /** An array of IP address policies. */
            'policies'?: {
                /** An array of IP addresses used for this rule */
                'addresses': string[];
                /** The action for this rule. Example: "DENY" */
                'action': 'ALLOW' | 'DENY';
            }[];
            /** Configure port authentication via SSO */
            'sso'?: {
                /** ID of the SSO organization that the user will have to be a member of */
                'organizationId'?: string;
                /** Array of directory groups that will have access */
                'directoryGroupIds'?: string[];
                /** Allow entire organization to access this service */
                'allowAnyOrgUsers'?: boolean;
                /** Enforce internal traffic through SSO authentication flow */
                'validateInternalTraffic'?: boolean;
                /** Set SSO authentication cookie on root domain */
                'setCookieOnRootDomain'?: boolean;
                /** Allow internal traffic from same or shared projects via public DNS to skip SSO authentication flow */
                'allowInternalTrafficViaPublicDns'?: boolean;
            };
            /** List of header authentication settings, it checks the presence of all headers and compares it against the expected value. Wildcard (*) is supported. */
            'headers'?: any[];
            /** Mode used to verify multiple security features like ip policies and SSO authentication */
            'verificationMode'?: 'or' | 'and';
            'securePathConfiguration'?: {
                /** Enable security policies on a path-level style */
                'enabled'?: boolean;
                /** Allow internal traffic from same or shared projects via public DNS to skip all security policies */
                'skipSecurityPoliciesForInternalTrafficViaPublicDns'?: boolean;
                'rules'?: {
                    /** Array of path objects which represent the paths and their priority for which the security policies will be enforced */
                    'paths': any[];
                    /** Specify the way the path rule will behave when processing policies. This enables an allow-list/deny-list approach for access control on each path Example: "protected" */
                    'accessMode': 'protected' | 'unprotected';
                    'securityPolicies'?: {
                        'orPolicies'?: {
                            /** An array of credentials to access the service. */
                            'credentials'?: {
                                /** The username to access the service Example: "admin" */
                                'username': string;
                                /** The password to access the service with this username. Example: "password123" */
                                'password': string;
                                /** The type of authentication used Example: "basic-auth" */
                                'type': 'basic-auth';
                            }[];
                            /** An array of IP address policies. */
                            'ip'?: {
                                /** An array of IP addresses used for this rule */
                                'addresses': string[];
                                /** The action for this rule. Example: "DENY" */
                                'action': 'ALLOW' | 'DENY';
                            }[];
                            /** An array of IP address policies. */
                            'policies'?: {
                                /** An array of IP addresses used for this rule */
                                'addresses': string[];
                                /** The action for this rule. Example: "DENY" */
                                'action': 'ALLOW' | 'DENY';
                            }[];
                            /** Configure port authentication via SSO */
                            'sso'?: {
                                /** ID of the SSO organization that the user will have to be a member of */
                                'organizationId'?: string;
                                /** Array of directory groups that will have access */
                                'directoryGroupIds'?: string[];
                                /** Allow entire organization to access this service */
                                'allowAnyOrgUsers'?: boolean;
                                /** Enforce internal traffic through SSO authentication flow */
                                'validateInternalTraffic'?: boolean;
                                /** Set SSO authentication cookie on root domain */
                                'setCookieOnRootDomain'?: boolean;
                                /** Allow internal traffic from same or shared projects via public DNS to skip SSO authentication flow */
                                'allowInternalTrafficViaPublicDns'?: boolean;
                            };
                            /** List of header authentication settings, it checks the presence of all headers and compares it against the expected value. Wildcard (*) is supported. */
                            'headers'?: any[];
                        };
                        'requiredPolicies'?: {
                            /** An array of credentials to access the service. */
                            'credentials'?: {
                                /** The username to access the service Example: "admin" */
                                'username': string;
                                /** The password to access the service with this username. Example: "password123" */
                                'password': string;
                                /** The type of authentication used Example: "basic-auth" */
                                'type': 'basic-auth';
                            }[];
                            /** An array of IP address policies. */
                            'ip'?: {
                                /** An array of IP addresses used for this rule */
                                'addresses': string[];
                                /** The action for this rule. Example: "DENY" */
                                'action': 'ALLOW' | 'DENY';
                            }[];
                            /** An array of IP address policies. */
                            'policies'?: {
                                /** An array of IP addresses used for this rule */
                                'addresses': string[];
                                /** The action for this rule. Example: "DENY" */
                                'action': 'ALLOW' | 'DENY';
                            }[];
                            /** Configure port authentication via SSO */
                            'sso'?: {
                                /** ID of the SSO organization that the user will have to be a member of */
                                'organizationId'?: string;
                                /** Array of directory groups that will have access */
                                'directoryGroupIds'?: string[];
                                /** Allow entire organization to access this service */
                                'allowAnyOrgUsers'?: boolean;
                                /** Enforce internal traffic through SSO authentication flow */
                                'validateInternalTraffic'?: boolean;
                                /** Set SSO authentication cookie on root domain */
                                'setCookieOnRootDomain'?: boolean;
                                /** Allow internal traffic from same or shared projects via public DNS to skip SSO authentication flow */
                                'allowInternalTrafficViaPublicDns'?: boolean;
                            };
                            /** List of header authentication settings, it checks the presence of all headers and compares it against the expected value. Wildcard (*) is supported. */
                            'headers'?: any[];
                        };
                    };
                }[];
            };
        };
        /** An array of domains to redirect to this port. Each domain must first be verified and registered to your account. */
        'domains'?: string[];
        /** Disable routing on the default code.run domain for public HTTP ports with custom domains. */
        'disableNfDomain'?: boolean;
        'advancedOptions'?: {
            /** Whether this port should use pass through mode for TLS */
            'enableTlsPassthrough'?: boolean;
        };
        /** The protocol to use for the port. Example: "HTTP" */
        'protocol': 'HTTP' | 'HTTP/2' | 'TCP' | 'UDP';
    }[];
    /** An object containing the runtime environment to set for the service Example: {"VARIABLE_1":"abcdef","VARIABLE_2":"12345"} */
    'runtimeEnvironment'?: any;
    /** Secret files as JSON object, encrypted at rest. File path must be absolute Example: {"/dir/fileName":{"data":"VGhpcyBpcyBhbiBleGFtcGxlIHdpdGggYSB0ZW1wbGF0ZWQgJHtOT0RFX0VOVn0gdmFyaWFibGU=","encoding":"utf-8"}} */
    'runtimeFiles'?: any;
    /** An array of health checks. */
    'healthChecks'?: {
        /** The protocol to access the health check with. Example: "HTTP" */
        'protocol': 'HTTP' | 'CMD' | 'TCP';
        /** The type of health check. Example: "readinessProbe" */
        'type': 'livenessProbe' | 'readinessProbe' | 'startupProbe';
        /** The path of the health check endpoint. Required when protocol is HTTP. Example: "/health-check" */
        'path'?: string;
        /** The command to run for the health check. Required when protocol is CMD */
        'cmd'?: string;
        /** Port number for the health check endpoint. Required when protocol is HTTP. Example: 8080 */
        'port'?: number;
        /** Initial delay, in seconds, before the health check is first run. Example: 10 */
        'initialDelaySeconds': number;
        /** The time between each check, in seconds. Example: 60 */
        'periodSeconds': number;
        /** The time to wait for a response before marking the health check as a failure. Example: 1 */
        'timeoutSeconds': number;
        /** The maximum number of allowed failures. Example: 3 */
        'failureThreshold': number;
        /** The number of successes required to mark the health check as a success. Example: 1 */
        'successThreshold'?: number;
    }[];
    'loadBalancing'?: {
        'mode': 'leastConnection' | 'consistentHash' | 'roundRobin' | 'consistentReplicaRouting';
        'consistentHash'?: {
            'mode': 'ip' | 'customHeader';
            'header'?: string | null;
        };
        'consistentReplicaRouting'?: {
            'mode': 'path' | 'header';
        };
    };
    /** Describes all autoscaling configurations */
    'autoscaling'?: {
        /** Describes the horizontal autoscaling configuration */
        'horizontal'?: {
            /** Whether horizontal autoscaling should be enabled Example: true */
            'enabled': boolean;
            /** Minimum number of replicas which should be running at any time Example: 1 */
            'minReplicas': number;
            /** Maximum number of replicas which can be running at any time Example: 3 */
            'maxReplicas': number;
            'cpu'?: {
                /** Whether autoscaling should take into account cpu usage */
                'enabled': boolean;
                /** Threshold CPU usage percentage at which the workload will be scaled */
                'thresholdPercentage': number;
            };
            'memory'?: {
                /** Whether autoscaling should take into account memory usage */
                'enabled': boolean;
                /** Threshold memory usage percentage at which the workload will be scaled */
                'thresholdPercentage': number;
            };
            'rps'?: {
                /** Whether autoscaling should take into requests-per-second */
                'enabled': boolean;
                /** Threshold rps value on which the workload will be scaled */
                'thresholdValue': number;
            };
            'userMetrics'?: {
                /** Whether to enable handling for custom metrics in the autoscaling configuration Example: true */
                'enabled': boolean;
                /** Path on which the metrics will be exposed by the service.. Example: "/metrics" */
                'exposedMetricsPath': string;
                /** Port on which the metrics will be exposed by the service. Example: 8080 */
                'exposedMetricsPort': number;
                /** Array of custom metrics exposed by the service that will be used by the autoscaling configuration. At least one metric is required. */
                'metrics': {
                    /** Name of the custom metric Example: "example-metric" */
                    'metricName': string;
                    /** Type of metric exposed, this will affect how it'll be queried by the autoscaler component: Gauge will be used as is, Counter will be used with rate() Example: "gauge" */
                    'metricType': 'gauge' | 'counter';
                    /** Threshold value on which the workload will be scaled. Represents the average value across all running pods. Example: 2 */
                    'thresholdValue': number;
                }[];
            };
        };
    };
    'createOptions'?: {
        'volumesToAttach'?: string[];
    };
};

type PatchServiceDeploymentData = {
    /** A description of the service. Example: "A service description" */
    'description'?: string;
    'stageId'?: string | null;
    /** An array of previously defined tags to help identify and group the resource. */
    'tags'?: string[];
    'billing'?: {
        /** The ID of the deployment plan to use. Example: "nf-compute-20" */
        'deploymentPlan'?: string;
        'gpu'?: {
            'enabled'?: boolean;
            'configuration'?: {
                'gpuType'?: string;
                'gpuCount'?: number;
                'timesliced'?: boolean;
            };
        };
    };
    /** Deployment type */
    'deployment'?: {
        /** The way the service should be deployed. Either as a deployment (default), or as a stateful set. */
        'type'?: 'deployment' | 'statefulSet';
        /** The number of instances to run the service on. Example: 1 */
        'instances': number;
        /** Allows for customization of buildpack runtime */
        'buildpack'?: {
            /** Type of buildpack run configuration */
            'configType': 'default' | 'customProcess' | 'customCommand' | 'customEntrypointCustomCommand' | 'originalEntrypointCustomCommand';
            /** Custom process which should be run. Required in case where `configType` is `customProcess` */
            'customProcess'?: string;
            /** Custom entrypoint which should be run. Required in case where `configType` is `customEntrypointCustomCommand` */
            'customEntrypoint'?: string;
            /** Custom command which should be run. Required in case where `configType` is `customCommand`, `customEntrypointCustomCommand` or `originalEntrypointCustomCommand` */
            'customCommand'?: string;
        };
        /** Allows for customization of docker runtime */
        'docker'?: {
            /** Type of entrypoint & command override configuration Example: "default" */
            'configType': 'default' | 'customEntrypoint' | 'customCommand' | 'customEntrypointCustomCommand';
            /** Custom entrypoint which should be used. Required in case where `configType` is `customEntrypoint` or `customEntrypointCustomCommand` */
            'customEntrypoint'?: string;
            /** Custom command which should be used. Required in case where `configType` is `customCommand` or `customEntrypointCustomCommand` */
            'customCommand'?: string;
        };
        'storage'?: {
            'useHdbStorage'?: boolean;
            'usePdSsdStorage'?: boolean;
            'ephemeralStorage'?: {
                /** Ephemeral storage per container in MB Example: 1024 */
                'storageSize'?: number;
            };
            /** Configures the amount of available memory-backed disk space available to /dev/shm */
            'shmSize'?: number;
        };
        /** Roll out strategy of the service */
        'strategy'?: {
            /** Configures the instance roll out strategy of your service. Currently only available via feature flag. */
            'type'?: 'recreate' | 'rollout-steady' | 'rollout-balanced' | 'rollout-fast' | 'custom';
            'settings'?: {
                /** Maximum number or percentage of pods that can be created above the desired count. */
                'maxSurge': number | string;
                /** Maximum number or percentage of pods that can be unavailable during the update. */
                'maxUnavailable': number | string;
            };
        };
        'zonalRedundancy'?: {
            /** Defines scheduling behaviour across different zones within the same region. */
            'type'?: 'disabled' | 'preferred' | 'required';
            /** Defines how many zones are required and will prevent containers from additional scheduling into existing zones. (Only relevant if type is set to "required") */
            'minZones'?: number;
        };
        'gpu'?: {
            'enabled'?: boolean;
            'configuration'?: {
                'gpuType': string;
                'gpuCount'?: number;
                'timesliced'?: boolean;
            };
        };
        /** The maximum amount of time the process has to shut down after receiving a SIGTERM signal before it is forcefully shut down SIGKILL by the system. */
        'gracePeriodSeconds'?: number;
        /** The id of the strategy to be attached to service. */
        'gradualRolloutStrategyId'?: string | null;
        /** Controls related to SSH access within the resource. */
        'ssh'?: {
            /** Enables SSH access if the resource matches an SSH identity selector. */
            'enabled': boolean;
        };
        /** Allow setting custom labels and annotations for workloads. */
        'metadata'?: {
            /** Specify custom labels for the workload. */
            'labels'?: any;
            /** Specify custom annotations for the workload as string or object. */
            'annotations'?: any;
        };
        'internal': {
            /** ID of the build service to deploy */
            'id'?: string;
            /** Branch to deploy Example: "master" */
            'branch'?: string;
            /** Commit SHA to deploy, or 'latest' to deploy the most recent commit Example: "latest" */
            'buildSHA'?: string | 'latest';
            /** ID of the build that should be deployed Example: "premium-guide-6393" */
            'buildId'?: string;
        };
    } | {
        /** The way the service should be deployed. Either as a deployment (default), or as a stateful set. */
        'type'?: 'deployment' | 'statefulSet';
        /** The number of instances to run the service on. Example: 1 */
        'instances': number;
        /** Allows for customization of buildpack runtime */
        'buildpack'?: {
            /** Type of buildpack run configuration */
            'configType': 'default' | 'customProcess' | 'customCommand' | 'customEntrypointCustomCommand' | 'originalEntrypointCustomCommand';
            /** Custom process which should be run. Required in case where `configType` is `customProcess` */
            'customProcess'?: string;
            /** Custom entrypoint which should be run. Required in case where `configType` is `customEntrypointCustomCommand` */
            'customEntrypoint'?: string;
            /** Custom command which should be run. Required in case where `configType` is `customCommand`, `customEntrypointCustomCommand` or `originalEntrypointCustomCommand` */
            'customCommand'?: string;
        };
        /** Allows for customization of docker runtime */
        'docker'?: {
            /** Type of entrypoint & command override configuration Example: "default" */
            'configType': 'default' | 'customEntrypoint' | 'customCommand' | 'customEntrypointCustomCommand';
            /** Custom entrypoint which should be used. Required in case where `configType` is `customEntrypoint` or `customEntrypointCustomCommand` */
            'customEntrypoint'?: string;
            /** Custom command which should be used. Required in case where `configType` is `customCommand` or `customEntrypointCustomCommand` */
            'customCommand'?: string;
        };
        'storage'?: {
            'useHdbStorage'?: boolean;
            'usePdSsdStorage'?: boolean;
            'ephemeralStorage'?: {
                /** Ephemeral storage per container in MB Example: 1024 */
                'storageSize'?: number;
            };
            /** Configures the amount of available memory-backed disk space available to /dev/shm */
            'shmSize'?: number;
        };
        /** Roll out strategy of the service */
        'strategy'?: {
            /** Configures the instance roll out strategy of your service. Currently only available via feature flag. */
            'type'?: 'recreate' | 'rollout-steady' | 'rollout-balanced' | 'rollout-fast' | 'custom';
            'settings'?: {
                /** Maximum number or percentage of pods that can be created above the desired count. */
                'maxSurge': number | string;
                /** Maximum number or percentage of pods that can be unavailable during the update. */
                'maxUnavailable': number | string;
            };
        };
        'zonalRedundancy'?: {
            /** Defines scheduling behaviour across different zones within the same region. */
            'type'?: 'disabled' | 'preferred' | 'required';
            /** Defines how many zones are required and will prevent containers from additional scheduling into existing zones. (Only relevant if type is set to "required") */
            'minZones'?: number;
        };
        'gpu'?: {
            'enabled'?: boolean;
            'configuration'?: {
                'gpuType': string;
                'gpuCount'?: number;
                'timesliced'?: boolean;
            };
        };
        /** The maximum amount of time the process has to shut down after receiving a SIGTERM signal before it is forcefully shut down SIGKILL by the system. */
        'gracePeriodSeconds'?: number;
        /** The id of the strategy to be attached to service. */
        'gradualRolloutStrategyId'?: string | null;
        /** Controls related to SSH access within the resource. */
        'ssh'?: {
            /** Enables SSH access if the resource matches an SSH identity selector. */
            'enabled': boolean;
        };
        /** Allow setting custom labels and annotations for workloads. */
        'metadata'?: {
            /** Specify custom labels for the workload. */
            'labels'?: any;
            /** Specify custom annotations for the workload as string or object. */
            'annotations'?: any;
        };
        'external': {
            /** Image to be deployed. When not deploying from Dockerhub the URL must be specified. Example: "nginx:latest" */
            'imagePath': string;
            /** ID of the saved credentials to use to access this external image. Example: "example-credentials" */
            'credentials'?: string;
        };
    } | {
        /** The way the service should be deployed. Either as a deployment (default), or as a stateful set. */
        'type'?: 'deployment' | 'statefulSet';
        /** The number of instances to run the service on. Example: 1 */
        'instances': number;
        /** Allows for customization of buildpack runtime */
        'buildpack'?: {
            /** Type of buildpack run configuration */
            'configType': 'default' | 'customProcess' | 'customCommand' | 'customEntrypointCustomCommand' | 'originalEntrypointCustomCommand';
            /** Custom process which should be run. Required in case where `configType` is `customProcess` */
            'customProcess'?: string;
            /** Custom entrypoint which should be run. Required in case where `configType` is `customEntrypointCustomCommand` */
            'customEntrypoint'?: string;
            /** Custom command which should be run. Required in case where `configType` is `customCommand`, `customEntrypointCustomCommand` or `originalEntrypointCustomCommand` */
            'customCommand'?: string;
        };
        /** Allows for customization of docker runtime */
        'docker'?: {
            /** Type of entrypoint & command override configuration Example: "default" */
            'configType': 'default' | 'customEntrypoint' | 'customCommand' | 'customEntrypointCustomCommand';
            /** Custom entrypoint which should be used. Required in case where `configType` is `customEntrypoint` or `customEntrypointCustomCommand` */
            'customEntrypoint'?: string;
            /** Custom command which should be used. Required in case where `configType` is `customCommand` or `customEntrypointCustomCommand` */
            'customCommand'?: string;
        };
        'storage'?: {
            'useHdbStorage'?: boolean;
            'usePdSsdStorage'?: boolean;
            'ephemeralStorage'?: {
                /** Ephemeral storage per container in MB Example: 1024 */
                'storageSize'?: number;
            };
            /** Configures the amount of available memory-backed disk space available to /dev/shm */
            'shmSize'?: number;
        };
        /** Roll out strategy of the service */
        'strategy'?: {
            /** Configures the instance roll out strategy of your service. Currently only available via feature flag. */
            'type'?: 'recreate' | 'rollout-steady' | 'rollout-balanced' | 'rollout-fast' | 'custom';
            'settings'?: {
                /** Maximum number or percentage of pods that can be created above the desired count. */
                'maxSurge': number | string;
                /** Maximum number or percentage of pods that can be unavailable during the update. */
                'maxUnavailable': number | string;
            };
        };
        'zonalRedundancy'?: {
            /** Defines scheduling behaviour across different zones within the same region. */
            'type'?: 'disabled' | 'preferred' | 'required';
            /** Defines how many zones are required and will prevent containers from additional scheduling into existing zones. (Only relevant if type is set to "required") */
            'minZones'?: number;
        };
        'gpu'?: {
            'enabled'?: boolean;
            'configuration'?: {
                'gpuType': string;
                'gpuCount'?: number;
                'timesliced'?: boolean;
            };
        };
        /** The maximum amount of time the process has to shut down after receiving a SIGTERM signal before it is forcefully shut down SIGKILL by the system. */
        'gracePeriodSeconds'?: number;
        /** The id of the strategy to be attached to service. */
        'gradualRolloutStrategyId'?: string | null;
        /** Controls related to SSH access within the resource. */
        'ssh'?: {
            /** Enables SSH access if the resource matches an SSH identity selector. */
            'enabled': boolean;
        };
        /** Allow setting custom labels and annotations for workloads. */
        'metadata'?: {
            /** Specify custom labels for the workload. */
            'labels'?: any;
            /** Specify custom annotations for the workload as string or object. */
            'annotations'?: any;
        };
    };
    'ports'?: {
        /** The name used to identify the port. Example: "p01" */
        'name': string;
        /** The port number. Example: 8080 */
        'internalPort': number;
        /** If true, the port will be exposed publicly. Example: true */
        'public'?: boolean;
        'security'?: {
            /** An array of credentials to access the service. */
            'credentials'?: {
                /** The username to access the service Example: "admin" */
                'username': string;
                /** The password to access the service with this username. Example: "password123" */
                'password': string;
                /** The type of authentication used Example: "basic-auth" */
                'type': 'basic-auth';
            }[];
            /** An array of IP address policies. */
            'ip'?: {
                /** An array of IP addresses used for this rule */
                'addresses': string[];
                /** The action for this rule. Example: "DENY" */
                'action': 'ALLOW' | 'DENY';
            }[];
            /** An array of IP address policies. */
            'policies'?: {
                /** An array of IP addresses used for this rule */
                'addresses': string[];
                /** The action for this rule. Example: "DENY" */
                'action': 'ALLOW' | 'DENY';
            }[];
            /** Configure port authentication via SSO */
            'sso'?: {
                /** ID of the SSO organization that the user will have to be a member of */
                'organizationId'?: string;
                /** Array of directory groups that will have access */
                'directoryGroupIds'?: string[];
                /** Allow entire organization to access this service */
                'allowAnyOrgUsers'?: boolean;
                /** Enforce internal traffic through SSO authentication flow */
                'validateInternalTraffic'?: boolean;
                /** Set SSO authentication cookie on root domain */
                'setCookieOnRootDomain'?: boolean;
                /** Allow internal traffic from same or shared projects via public DNS to skip SSO authentication flow */
                'allowInternalTrafficViaPublicDns'?: boolean;
            };
            /** List of header authentication settings, it checks the presence of all headers and compares it against the expected value. Wildcard (*) is supported. */
            'headers'?: any[];
            /** Mode used to verify multiple security features like ip policies and SSO authentication */
            'verificationMode'?: 'or' | 'and';
            'securePathConfiguration'?: {
                /** Enable security policies on a path-level style */
                'enabled'?: boolean;
                /** Allow internal traffic from same or shared projects via public DNS to skip all security policies */
                'skipSecurityPoliciesForInternalTrafficViaPublicDns'?: boolean;
                'rules'?: {
                    /** Array of path objects which represent the paths and their priority for which the security policies will be enforced */
                    'paths': any[];
                    /** Specify the way the path rule will behave when processing policies. This enables an allow-list/deny-list approach for access control on each path Example: "protected" */
                    'accessMode': 'protected' | 'unprotected';
                    'securityPolicies'?: {
                        'orPolicies'?: {
                            /** An array of credentials to access the service. */
                            'credentials'?: {
                                /** The username to access the service Example: "admin" */
                                'username': string;
                                /** The password to access the service with this username. Example: "password123" */
                                'password': string;
                                /** The type of authentication used Example: "basic-auth" */
                                'type': 'basic-auth';
                            }[];
                            /** An array of IP address policies. */
                            'ip'?: {
                                /** An array of IP addresses used for this rule */
                                'addresses': string[];
                                /** The action for this rule. Example: "DENY" */
                                'action': 'ALLOW' | 'DENY';
                            }[];
                            /** An array of IP address policies. */
                            'policies'?: {
                                /** An array of IP addresses used for this rule */
                                'addresses': string[];
                                /** The action for this rule. Example: "DENY" */
                                'action': 'ALLOW' | 'DENY';
                            }[];
                            /** Configure port authentication via SSO */
                            'sso'?: {
                                /** ID of the SSO organization that the user will have to be a member of */
                                'organizationId'?: string;
                                /** Array of directory groups that will have access */
                                'directoryGroupIds'?: string[];
                                /** Allow entire organization to access this service */
                                'allowAnyOrgUsers'?: boolean;
                                /** Enforce internal traffic through SSO authentication flow */
                                'validateInternalTraffic'?: boolean;
                                /** Set SSO authentication cookie on root domain */
                                'setCookieOnRootDomain'?: boolean;
                                /** Allow internal traffic from same or shared projects via public DNS to skip SSO authentication flow */
                                'allowInternalTrafficViaPublicDns'?: boolean;
                            };
                            /** List of header authentication settings, it checks the presence of all headers and compares it against the expected value. Wildcard (*) is supported. */
                            'headers'?: any[];
                        };
                        'requiredPolicies'?: {
                            /** An array of credentials to access the service. */
                            'credentials'?: {
                                /** The username to access the service Example: "admin" */
                                'username': string;
                                /** The password to access the service with this username. Example: "password123" */
                                'password': string;
                                /** The type of authentication used Example: "basic-auth" */
                                'type': 'basic-auth';
                            }[];
                            /** An array of IP address policies. */
                            'ip'?: {
                                /** An array of IP addresses used for this rule */
                                'addresses': string[];
                                /** The action for this rule. Example: "DENY" */
                                'action': 'ALLOW' | 'DENY';
                            }[];
                            /** An array of IP address policies. */
                            'policies'?: {
                                /** An array of IP addresses used for this rule */
                                'addresses': string[];
                                /** The action for this rule. Example: "DENY" */
                                'action': 'ALLOW' | 'DENY';
                            }[];
                            /** Configure port authentication via SSO */
                            'sso'?: {
                                /** ID of the SSO organization that the user will have to be a member of */
                                'organizationId'?: string;
                                /** Array of directory groups that will have access */
                                'directoryGroupIds'?: string[];
                                /** Allow entire organization to access this service */
                                'allowAnyOrgUsers'?: boolean;
                                /** Enforce internal traffic through SSO authentication flow */
                                'validateInternalTraffic'?: boolean;
                                /** Set SSO authentication cookie on root domain */
                                'setCookieOnRootDomain'?: boolean;
                                /** Allow internal traffic from same or shared projects via public DNS to skip SSO authentication flow */
                                'allowInternalTrafficViaPublicDns'?: boolean;
                            };
                            /** List of header authentication settings, it checks the presence of all headers and compares it against the expected value. Wildcard (*) is supported. */
                            'headers'?: any[];
                        };
                    };
                }[];
            };
        };
        /** An array of domains to redirect to this port. Each domain must first be verified and registered to your account. */
        'domains'?: string[];
        /** Disable routing on the default code.run domain for public HTTP ports with custom domains. */
        'disableNfDomain'?: boolean;
        'advancedOptions'?: {
            /** Whether this port should use pass through mode for TLS */
            'enableTlsPassthrough'?: boolean;
        };
        /** The protocol to use for the port. Example: "HTTP" */
        'protocol': 'HTTP' | 'HTTP/2' | 'TCP' | 'UDP';
    }[];
    /** An object containing the runtime environment to set for the service Example: {"VARIABLE_1":"abcdef","VARIABLE_2":"12345"} */
    'runtimeEnvironment'?: any;
    /** Secret files as JSON object, encrypted at rest. File path must be absolute Example: {"/dir/fileName":{"data":"VGhpcyBpcyBhbiBleGFtcGxlIHdpdGggYSB0ZW1wbGF0ZWQgJHtOT0RFX0VOVn0gdmFyaWFibGU=","encoding":"utf-8"}} */
    'runtimeFiles'?: any;
    /** An array of health checks. */
    'healthChecks'?: {
        /** The protocol to access the health check with. Example: "HTTP" */
        'protocol': 'HTTP' | 'CMD' | 'TCP';
        /** The type of health check. Example: "readinessProbe" */
        'type': 'livenessProbe' | 'readinessProbe' | 'startupProbe';
        /** The path of the health check endpoint. Required when protocol is HTTP. Example: "/health-check" */
        'path'?: string;
        /** The command to run for the health check. Required when protocol is CMD */
        'cmd'?: string;
        /** Port number for the health check endpoint. Required when protocol is HTTP. Example: 8080 */
        'port'?: number;
        /** Initial delay, in seconds, before the health check is first run. Example: 10 */
        'initialDelaySeconds': number;
        /** The time between each check, in seconds. Example: 60 */
        'periodSeconds': number;
        /** The time to wait for a response before marking the health check as a failure. Example: 1 */
        'timeoutSeconds': number;
        /** The maximum number of allowed failures. Example: 3 */
        'failureThreshold': number;
        /** The number of successes required to mark the health check as a success. Example: 1 */
        'successThreshold'?: number;
    }[];
    'loadBalancing'?: {
        'mode'?: 'leastConnection' | 'consistentHash' | 'roundRobin' | 'consistentReplicaRouting';
        'consistentHash'?: {
            'mode': 'ip' | 'customHeader';
            'header'?: string | null;
        };
        'consistentReplicaRouting'?: {
            'mode': 'path' | 'header';
        };
    };
    'autoscaling'?: {
        'horizontal'?: {
            /** Whether horizontal autoscaling should be enabled Example: true */
            'enabled'?: boolean;
            /** Minimum number of replicas which should be running at any time Example: 1 */
            'minReplicas'?: number;
            /** Maximum number of replicas which can be running at any time Example: 3 */
            'maxReplicas'?: number;
            'cpu'?: {
                /** Whether autoscaling should take into account cpu usage */
                'enabled'?: boolean;
                /** Threshold CPU usage percentage at which the workload will be scaled */
                'thresholdPercentage'?: number;
            };
            'memory'?: {
                /** Whether autoscaling should take into account memory usage */
                'enabled'?: boolean;
                /** Threshold memory usage percentage at which the workload will be scaled */
                'thresholdPercentage'?: number;
            };
            'rps'?: {
                /** Whether autoscaling should take into requests-per-second */
                'enabled'?: boolean;
                /** Threshold rps value on which the workload will be scaled */
                'thresholdValue'?: number;
            };
            'userMetrics'?: {
                /** Whether to enable handling for custom metrics in the autoscaling configuration Example: true */
                'enabled'?: boolean;
                /** Path on which the metrics will be exposed by the service.. Example: "/metrics" */
                'exposedMetricsPath'?: string;
                /** Port on which the metrics will be exposed by the service. Example: 8080 */
                'exposedMetricsPort'?: number;
                /** Array of custom metrics exposed by the service that will be used by the autoscaling configuration. At least one metric is required. */
                'metrics'?: {
                    /** Name of the custom metric Example: "example-metric" */
                    'metricName': string;
                    /** Type of metric exposed, this will affect how it'll be queried by the autoscaler component: Gauge will be used as is, Counter will be used with rate() Example: "gauge" */
                    'metricType': 'gauge' | 'counter';
                    /** Threshold value on which the workload will be scaled. Represents the average value across all running pods. Example: 2 */
                    'thresholdValue': number;
                }[];
            };
        };
    };
};

type CreateServiceBuildData = {
    /** The name of the service. Example: "Example Service" */
    'name': string;
    /** A description of the service. Example: "A service description" */
    'description'?: string;
    'stageId'?: string;
    /** An array of previously defined tags to help identify and group the resource. */
    'tags'?: string[];
    'billing': {
        /** The ID of the deployment plan to use. (Deprecated - use buildPlan for build resources instead.). Example: "nf-compute-20" */
        'deploymentPlan'?: string;
        /** The ID of the build plan to use. Example: "nf-compute-200-8" */
        'buildPlan'?: string;
        'gpu'?: {
            'enabled'?: boolean;
            'configuration'?: {
                'gpuType': string;
                'gpuCount'?: number;
                'timesliced'?: boolean;
            };
        };
    };
    'infrastructure'?: {
        'architecture'?: 'x86' | 'arm';
    };
    /** Whether CI (continuous integration) should be disabled. */
    'disabledCI'?: boolean;
    /** Defines the build source for this resource Example: "git" */
    'buildSource'?: 'git' | 'bundle';
    'vcsData': {
        /** URL of the Git repo to build. Example: "https://github.com/northflank/gatsby-with-northflank" */
        'projectUrl': string;
        /** The VCS provider to use. Example: "github" */
        'projectType': 'bitbucket' | 'gitlab' | 'github' | 'self-hosted' | 'azure';
        /** If projectType is self-hosted, the ID of the self-hosted vcs to use. */
        'selfHostedVcsId'?: string;
        /** By default, if you have multiple version control accounts of the same provider linked, Northflank will pick a linked account that has access to the repository. If `accountLogin` is provided, Northflank will instead use your linked account with that login name. Example: "github-user" */
        'accountLogin'?: string;
        /** By default, if you have multiple version control accounts of the same provider linked, Northflank will pick a linked account that has access to the repository. If `vcsLinkId` is provided, Northflank will instead use your linked account with that ID. */
        'vcsLinkId'?: string;
    };
    /** Build engine */
    'buildSettings': {
        'storage'?: {
            'ephemeralStorage'?: {
                /** Ephemeral storage per build in MB Example: 16384 */
                'storageSize'?: number;
            };
        };
        'dockerfile': {
            /** DEPRECATED: This field will be removed in the near future and currently has no effect. */
            'useCache'?: boolean;
            /** Build engine to use. Defaults to recommended build engine `buildkit` Example: "buildkit" */
            'buildEngine'?: 'buildkit' | 'kaniko';
            /** The file path of the Dockerfile. Example: "/Dockerfile" */
            'dockerFilePath': string;
            /** The working directory of the Dockerfile. Example: "/" */
            'dockerWorkDir': string;
            'buildkit'?: {
                /** Use persistent storage to cache build layers. Example: true */
                'useCache'?: boolean;
                /** The amount of persistent storage available to each build in MB. Example: 32768 */
                'cacheStorageSize'?: number;
                /** DEPRECATED: This field will be removed in the near future. */
                'useInternalCache'?: boolean;
                /** DEPRECATED: This field will be removed in the near future. */
                'internalCacheStorage'?: number;
            };
        };
    } | {
        'storage'?: {
            'ephemeralStorage'?: {
                /** Ephemeral storage per build in MB Example: 16384 */
                'storageSize'?: number;
            };
        };
        'buildpack': {
            /** Buildpack stack to use. Defaults to recommended stack `HEROKU_24`. Example: "HEROKU_24" */
            'builder'?: 'HEROKU_24' | 'HEROKU_22' | 'HEROKU_22_CLASSIC' | 'HEROKU_20' | 'HEROKU_18' | 'GOOGLE_22' | 'GOOGLE_V1' | 'CNB_ALPINE' | 'CNB_BIONIC' | 'PAKETO_JAMMY_TINY' | 'PAKETO_JAMMY_BASE' | 'PAKETO_JAMMY_FULL' | 'PAKETO_TINY' | 'PAKETO_BASE' | 'PAKETO_FULL';
            /** Array of custom Buildpacks to use. */
            'buildpackLocators'?: string[];
            /** The working directory to build in. Example: "/" */
            'buildContext'?: string;
            /** Should build dependencies be cached? */
            'useCache'?: boolean;
        };
    };
    'buildConfiguration'?: {
        /** An array of pull request build rules. Only supported for build services. Each commit belonging to a pull request on a branch that matches one of the provided build rules will be built automatically. */
        'prRestrictions'?: string[];
        /** An array of branch build rules. Only supported for build services. Each commit belonging to a branch that matches one of the provided build rules will be built automatically. */
        'branchRestrictions'?: string[];
        /** Controls which projects can use this build service. */
        'crossProjectAccess'?: {
            /** Allow this build service to be referenced by resources in other projects. Example: true */
            'enabled': boolean;
            /** A list of project IDs used as an allow list or deny list. */
            'projects': string[];
            /** If true, only the listed projects can use this build service. If false, all projects except the listed ones can use this build service. */
            'isAllowList': boolean;
        };
        /** An array of path ignore rules. A commit will only be built if a file has been changed that does not match any of the ignore rules. Path ignore rules follow `.gitignore` syntax. */
        'pathIgnoreRules'?: string[];
        /** If `true`, the functionality of `pathIgnoreRules` will be inverted. A commit will only be built if a file has been changed that matches one or more of the rules in `pathIgnoreRules`. */
        'isAllowList'?: boolean;
        /** If `true`, enables commit ignore flags. If a commit message contains one or more of the flags in `ciIgnoreFlags`, that commit will not be built. */
        'ciIgnoreFlagsEnabled'?: boolean;
        /** An array of commit ignore flags. If a commit message contains one or more of these flags, that commit will not be built. Defaults to `["[skip ci]", "[ci skip]", "[no ci]", "[skip nf]", "[nf skip]", "[northflank skip]", "[skip northflank]"]` Example: ["[skip ci]","[ci skip]","[no ci]","[skip nf]","[nf skip]","[northflank skip]","[skip northflank]"] */
        'ciIgnoreFlags'?: string[];
        /** If your Dockerfile contains multiple build stages, you can specify the target stage by entering its name here. */
        'dockerfileTarget'?: string;
        'dockerCredentials'?: string[];
        /** Include .git folder inside the build context */
        'includeGitFolder'?: boolean;
        /** Include the entire git history as part of the .git folder. Only relevant if "includeGitFolder" is set. */
        'fullGitClone'?: boolean;
        /** Enable Git LFS support for the build */
        'enableGitLfs'?: boolean;
        'storage'?: {
            'ephemeralStorage'?: {
                /** Ephemeral storage per build in MB Example: 16384 */
                'storageSize'?: number;
            };
        };
    };
    /** An object containing the build arguments to set for the service Example: {"ARGUMENT_1":"abcdef","ARGUMENT_2":"12345"} */
    'buildArguments'?: any;
    /** Secret files as JSON object, encrypted at rest. File path must be absolute Example: {"/dir/fileName":{"data":"VGhpcyBpcyBhbiBleGFtcGxlIHdpdGggYSB0ZW1wbGF0ZWQgJHtOT0RFX0VOVn0gdmFyaWFibGU=","encoding":"utf-8"}} */
    'buildFiles'?: any;
    /** Docker secret mount contents as JSON object, encrypted at rest. Must be a valid Docker secret mount identifier Example: {"example-secret-mount_1":{"data":"VGhpcyBpcyBhbiBleGFtcGxlIHdpdGggYSB0ZW1wbGF0ZWQgJHtOT0RFX0VOVn0gdmFyaWFibGU=","encoding":"utf-8"}} */
    'dockerSecretMounts'?: any;
};

type PutServiceBuildData = {
    /** The name of the service. Example: "Example Service" */
    'name': string;
    /** A description of the service. Example: "A service description" */
    'description'?: string;
    'stageId'?: string;
    /** An array of previously defined tags to help identify and group the resource. */
    'tags'?: string[];
    'billing': {
        /** The ID of the deployment plan to use. (Deprecated - use buildPlan for build resources instead.). Example: "nf-compute-20" */
        'deploymentPlan'?: string;
        /** The ID of the build plan to use. Example: "nf-compute-200-8" */
        'buildPlan'?: string;
        'gpu'?: {
            'enabled'?: boolean;
            'configuration'?: {
                'gpuType': string;
                'gpuCount'?: number;
                'timesliced'?: boolean;
            };
        };
    };
    'infrastructure'?: {
        'architecture'?: 'x86' | 'arm';
    };
    /** Whether CI (continuous integration) should be disabled. */
    'disabledCI'?: boolean;
    /** Defines the build source for this resource Example: "git" */
    'buildSource'?: 'git' | 'bundle';
    'vcsData': {
        /** URL of the Git repo to build. Example: "https://github.com/northflank/gatsby-with-northflank" */
        'projectUrl': string;
        /** The VCS provider to use. Example: "github" */
        'projectType': 'bitbucket' | 'gitlab' | 'github' | 'self-hosted' | 'azure';
        /** If projectType is self-hosted, the ID of the self-hosted vcs to use. */
        'selfHostedVcsId'?: string;
        /** By default, if you have multiple version control accounts of the same provider linked, Northflank will pick a linked account that has access to the repository. If `accountLogin` is provided, Northflank will instead use your linked account with that login name. Example: "github-user" */
        'accountLogin'?: string;
        /** By default, if you have multiple version control accounts of the same provider linked, Northflank will pick a linked account that has access to the repository. If `vcsLinkId` is provided, Northflank will instead use your linked account with that ID. */
        'vcsLinkId'?: string;
    };
    /** Build engine */
    'buildSettings': {
        'storage'?: {
            'ephemeralStorage'?: {
                /** Ephemeral storage per build in MB Example: 16384 */
                'storageSize'?: number;
            };
        };
        'dockerfile': {
            /** DEPRECATED: This field will be removed in the near future and currently has no effect. */
            'useCache'?: boolean;
            /** Build engine to use. Defaults to recommended build engine `buildkit` Example: "buildkit" */
            'buildEngine'?: 'buildkit' | 'kaniko';
            /** The file path of the Dockerfile. Example: "/Dockerfile" */
            'dockerFilePath': string;
            /** The working directory of the Dockerfile. Example: "/" */
            'dockerWorkDir': string;
            'buildkit'?: {
                /** Use persistent storage to cache build layers. Example: true */
                'useCache'?: boolean;
                /** The amount of persistent storage available to each build in MB. Example: 32768 */
                'cacheStorageSize'?: number;
                /** DEPRECATED: This field will be removed in the near future. */
                'useInternalCache'?: boolean;
                /** DEPRECATED: This field will be removed in the near future. */
                'internalCacheStorage'?: number;
            };
        };
    } | {
        'storage'?: {
            'ephemeralStorage'?: {
                /** Ephemeral storage per build in MB Example: 16384 */
                'storageSize'?: number;
            };
        };
        'buildpack': {
            /** Buildpack stack to use. Defaults to recommended stack `HEROKU_24`. Example: "HEROKU_24" */
            'builder'?: 'HEROKU_24' | 'HEROKU_22' | 'HEROKU_22_CLASSIC' | 'HEROKU_20' | 'HEROKU_18' | 'GOOGLE_22' | 'GOOGLE_V1' | 'CNB_ALPINE' | 'CNB_BIONIC' | 'PAKETO_JAMMY_TINY' | 'PAKETO_JAMMY_BASE' | 'PAKETO_JAMMY_FULL' | 'PAKETO_TINY' | 'PAKETO_BASE' | 'PAKETO_FULL';
            /** Array of custom Buildpacks to use. */
            'buildpackLocators'?: string[];
            /** The working directory to build in. Example: "/" */
            'buildContext'?: string;
            /** Should build dependencies be cached? */
            'useCache'?: boolean;
        };
    };
    'buildConfiguration'?: {
        /** An array of pull request build rules. Only supported for build services. Each commit belonging to a pull request on a branch that matches one of the provided build rules will be built automatically. */
        'prRestrictions'?: string[];
        /** An array of branch build rules. Only supported for build services. Each commit belonging to a branch that matches one of the provided build rules will be built automatically. */
        'branchRestrictions'?: string[];
        /** Controls which projects can use this build service. */
        'crossProjectAccess'?: {
            /** Allow this build service to be referenced by resources in other projects. Example: true */
            'enabled': boolean;
            /** A list of project IDs used as an allow list or deny list. */
            'projects': string[];
            /** If true, only the listed projects can use this build service. If false, all projects except the listed ones can use this build service. */
            'isAllowList': boolean;
        };
        /** An array of path ignore rules. A commit will only be built if a file has been changed that does not match any of the ignore rules. Path ignore rules follow `.gitignore` syntax. */
        'pathIgnoreRules'?: string[];
        /** If `true`, the functionality of `pathIgnoreRules` will be inverted. A commit will only be built if a file has been changed that matches one or more of the rules in `pathIgnoreRules`. */
        'isAllowList'?: boolean;
        /** If `true`, enables commit ignore flags. If a commit message contains one or more of the flags in `ciIgnoreFlags`, that commit will not be built. */
        'ciIgnoreFlagsEnabled'?: boolean;
        /** An array of commit ignore flags. If a commit message contains one or more of these flags, that commit will not be built. Defaults to `["[skip ci]", "[ci skip]", "[no ci]", "[skip nf]", "[nf skip]", "[northflank skip]", "[skip northflank]"]` Example: ["[skip ci]","[ci skip]","[no ci]","[skip nf]","[nf skip]","[northflank skip]","[skip northflank]"] */
        'ciIgnoreFlags'?: string[];
        /** If your Dockerfile contains multiple build stages, you can specify the target stage by entering its name here. */
        'dockerfileTarget'?: string;
        'dockerCredentials'?: string[];
        /** Include .git folder inside the build context */
        'includeGitFolder'?: boolean;
        /** Include the entire git history as part of the .git folder. Only relevant if "includeGitFolder" is set. */
        'fullGitClone'?: boolean;
        /** Enable Git LFS support for the build */
        'enableGitLfs'?: boolean;
        'storage'?: {
            'ephemeralStorage'?: {
                /** Ephemeral storage per build in MB Example: 16384 */
                'storageSize'?: number;
            };
        };
    };
    /** An object containing the build arguments to set for the service Example: {"ARGUMENT_1":"abcdef","ARGUMENT_2":"12345"} */
    'buildArguments'?: any;
    /** Secret files as JSON object, encrypted at rest. File path must be absolute Example: {"/dir/fileName":{"data":"VGhpcyBpcyBhbiBleGFtcGxlIHdpdGggYSB0ZW1wbGF0ZWQgJHtOT0RFX0VOVn0gdmFyaWFibGU=","encoding":"utf-8"}} */
    'buildFiles'?: any;
    /** Docker secret mount contents as JSON object, encrypted at rest. Must be a valid Docker secret mount identifier Example: {"example-secret-mount_1":{"data":"VGhpcyBpcyBhbiBleGFtcGxlIHdpdGggYSB0ZW1wbGF0ZWQgJHtOT0RFX0VOVn0gdmFyaWFibGU=","encoding":"utf-8"}} */
    'dockerSecretMounts'?: any;
};

type PatchServiceBuildData = {
    /** A description of the service. Example: "A service description" */
    'description'?: string;
    'stageId'?: string | null;
    /** An array of previously defined tags to help identify and group the resource. */
    'tags'?: string[];
    'billing'?: {
        /** The ID of the deployment plan to use. (Deprecated - use buildPlan for build resources instead.). Example: "nf-compute-20" */
        'deploymentPlan'?: string;
        /** The ID of the build plan to use. Example: "nf-compute-200-8" */
        'buildPlan'?: string;
        'gpu'?: {
            'enabled'?: boolean;
            'configuration'?: {
                'gpuType'?: string;
                'gpuCount'?: number;
                'timesliced'?: boolean;
            };
        };
    };
    /** Whether CI (continuous integration) should be disabled. */
    'disabledCI'?: boolean;
    /** Defines the build source for this resource Example: "git" */
    'buildSource'?: 'git' | 'bundle';
    'vcsData'?: {
        /** URL of the Git repo to build. Example: "https://github.com/northflank/gatsby-with-northflank" */
        'projectUrl'?: string;
        /** The VCS provider to use. Example: "github" */
        'projectType'?: 'bitbucket' | 'gitlab' | 'github' | 'self-hosted' | 'azure';
        /** If projectType is self-hosted, the ID of the self-hosted vcs to use. */
        'selfHostedVcsId'?: string;
        /** By default, if you have multiple version control accounts of the same provider linked, Northflank will pick a linked account that has access to the repository. If `accountLogin` is provided, Northflank will instead use your linked account with that login name. Example: "github-user" */
        'accountLogin'?: string;
        /** By default, if you have multiple version control accounts of the same provider linked, Northflank will pick a linked account that has access to the repository. If `vcsLinkId` is provided, Northflank will instead use your linked account with that ID. */
        'vcsLinkId'?: string;
    };
    'buildSettings'?: {
        'storage'?: {
            'ephemeralStorage'?: {
                /** Ephemeral storage per build in MB Example: 16384 */
                'storageSize'?: number;
            };
        };
        'dockerfile'?: {
            /** DEPRECATED: This field will be removed in the near future and currently has no effect. */
            'useCache'?: boolean;
            /** Build engine to use. Defaults to recommended build engine `buildkit` Example: "buildkit" */
            'buildEngine'?: 'buildkit' | 'kaniko';
            /** The file path of the Dockerfile. Example: "/Dockerfile" */
            'dockerFilePath'?: string;
            /** The working directory of the Dockerfile. Example: "/" */
            'dockerWorkDir'?: string;
            'buildkit'?: {
                /** Use persistent storage to cache build layers. Example: true */
                'useCache'?: boolean;
                /** The amount of persistent storage available to each build in MB. Example: 32768 */
                'cacheStorageSize'?: number;
                /** DEPRECATED: This field will be removed in the near future. */
                'useInternalCache'?: boolean;
                /** DEPRECATED: This field will be removed in the near future. */
                'internalCacheStorage'?: number;
            };
        };
        'buildpack'?: {
            /** Buildpack stack to use. Defaults to recommended stack `HEROKU_24`. Example: "HEROKU_24" */
            'builder'?: 'HEROKU_24' | 'HEROKU_22' | 'HEROKU_22_CLASSIC' | 'HEROKU_20' | 'HEROKU_18' | 'GOOGLE_22' | 'GOOGLE_V1' | 'CNB_ALPINE' | 'CNB_BIONIC' | 'PAKETO_JAMMY_TINY' | 'PAKETO_JAMMY_BASE' | 'PAKETO_JAMMY_FULL' | 'PAKETO_TINY' | 'PAKETO_BASE' | 'PAKETO_FULL';
            /** Array of custom Buildpacks to use. */
            'buildpackLocators'?: string[];
            /** The working directory to build in. Example: "/" */
            'buildContext'?: string;
            /** Should build dependencies be cached? */
            'useCache'?: boolean;
        };
    };
    'buildConfiguration'?: {
        /** An array of pull request build rules. Only supported for build services. Each commit belonging to a pull request on a branch that matches one of the provided build rules will be built automatically. */
        'prRestrictions'?: string[];
        /** An array of branch build rules. Only supported for build services. Each commit belonging to a branch that matches one of the provided build rules will be built automatically. */
        'branchRestrictions'?: string[];
        /** Controls which projects can use this build service. */
        'crossProjectAccess'?: {
            /** Allow this build service to be referenced by resources in other projects. Example: true */
            'enabled': boolean;
            /** A list of project IDs used as an allow list or deny list. */
            'projects': string[];
            /** If true, only the listed projects can use this build service. If false, all projects except the listed ones can use this build service. */
            'isAllowList': boolean;
        };
        /** An array of path ignore rules. A commit will only be built if a file has been changed that does not match any of the ignore rules. Path ignore rules follow `.gitignore` syntax. */
        'pathIgnoreRules'?: string[];
        /** If `true`, the functionality of `pathIgnoreRules` will be inverted. A commit will only be built if a file has been changed that matches one or more of the rules in `pathIgnoreRules`. */
        'isAllowList'?: boolean;
        /** If `true`, enables commit ignore flags. If a commit message contains one or more of the flags in `ciIgnoreFlags`, that commit will not be built. */
        'ciIgnoreFlagsEnabled'?: boolean;
        /** An array of commit ignore flags. If a commit message contains one or more of these flags, that commit will not be built. Defaults to `["[skip ci]", "[ci skip]", "[no ci]", "[skip nf]", "[nf skip]", "[northflank skip]", "[skip northflank]"]` Example: ["[skip ci]","[ci skip]","[no ci]","[skip nf]","[nf skip]","[northflank skip]","[skip northflank]"] */
        'ciIgnoreFlags'?: string[];
        /** If your Dockerfile contains multiple build stages, you can specify the target stage by entering its name here. */
        'dockerfileTarget'?: string;
        'dockerCredentials'?: string[];
        /** Include .git folder inside the build context */
        'includeGitFolder'?: boolean;
        /** Include the entire git history as part of the .git folder. Only relevant if "includeGitFolder" is set. */
        'fullGitClone'?: boolean;
        /** Enable Git LFS support for the build */
        'enableGitLfs'?: boolean;
        'storage'?: {
            'ephemeralStorage'?: {
                /** Ephemeral storage per build in MB Example: 16384 */
                'storageSize'?: number;
            };
        };
    };
    /** An object containing the build arguments to set for the service Example: {"ARGUMENT_1":"abcdef","ARGUMENT_2":"12345"} */
    'buildArguments'?: any;
    /** Secret files as JSON object, encrypted at rest. File path must be absolute Example: {"/dir/fileName":{"data":"VGhpcyBpcyBhbiBleGFtcGxlIHdpdGggYSB0ZW1wbGF0ZWQgJHtOT0RFX0VOVn0gdmFyaWFibGU=","encoding":"utf-8"}} */
    'buildFiles'?: any;
    /** Docker secret mount contents as JSON object, encrypted at rest. Must be a valid Docker secret mount identifier Example: {"example-secret-mount_1":{"data":"VGhpcyBpcyBhbiBleGFtcGxlIHdpdGggYSB0ZW1wbGF0ZWQgJHtOT0RFX0VOVn0gdmFyaWFibGU=","encoding":"utf-8"}} */
    'dockerSecretMounts'?: any;
};

type CreateJobManualData = {
    /** The name of the job. Example: "Example Job" */
    'name': string;
    /** A description of the job. Example: "A job description" */
    'description'?: string;
    'stageId'?: string;
    'infrastructure'?: {
        'architecture'?: 'x86' | 'arm';
    };
    /** An array of previously defined tags to help identify and group the resource. */
    'tags'?: string[];
    'billing': {
        /** The ID of the build plan to use. Example: "nf-compute-200-8" */
        'buildPlan'?: string;
        /** The ID of the deployment plan to use. Example: "nf-compute-20" */
        'deploymentPlan': string;
        'gpu'?: {
            'enabled'?: boolean;
            'configuration'?: {
                'gpuType': string;
                'gpuCount'?: number;
                'timesliced'?: boolean;
            };
        };
    };
    /** Where to deploy the job from. */
    'deployment'?: {
        /** Allows for customization of buildpack runtime */
        'buildpack'?: {
            /** Type of buildpack run configuration */
            'configType': 'default' | 'customProcess' | 'customCommand' | 'customEntrypointCustomCommand' | 'originalEntrypointCustomCommand';
            /** Custom process which should be run. Required in case where `configType` is `customProcess` */
            'customProcess'?: string;
            /** Custom entrypoint which should be run. Required in case where `configType` is `customEntrypointCustomCommand` */
            'customEntrypoint'?: string;
            /** Custom command which should be run. Required in case where `configType` is `customCommand`, `customEntrypointCustomCommand` or `originalEntrypointCustomCommand` */
            'customCommand'?: string;
        };
        /** Allows for customization of docker runtime */
        'docker'?: {
            /** Type of entrypoint & command override configuration Example: "default" */
            'configType': 'default' | 'customEntrypoint' | 'customCommand' | 'customEntrypointCustomCommand';
            /** Custom entrypoint which should be used. Required in case where `configType` is `customEntrypoint` or `customEntrypointCustomCommand` */
            'customEntrypoint'?: string;
            /** Custom command which should be used. Required in case where `configType` is `customCommand` or `customEntrypointCustomCommand` */
            'customCommand'?: string;
        };
        'storage'?: {
            'useHdbStorage'?: boolean;
            'usePdSsdStorage'?: boolean;
            'ephemeralStorage'?: {
                /** Ephemeral storage per container in MB Example: 1024 */
                'storageSize'?: number;
            };
            /** Configures the amount of available memory-backed disk space available to /dev/shm */
            'shmSize'?: number;
        };
        'gpu'?: {
            'enabled'?: boolean;
            'configuration'?: {
                'gpuType': string;
                'gpuCount'?: number;
                'timesliced'?: boolean;
            };
        };
        /** The maximum amount of time the process has to shut down after receiving a SIGTERM signal before it is forcefully shut down SIGKILL by the system. */
        'gracePeriodSeconds'?: number;
        /** Allow setting custom labels and annotations for workloads. */
        'metadata'?: {
            /** Specify custom labels for the workload. */
            'labels'?: any;
            /** Specify custom annotations for the workload as string or object. */
            'annotations'?: any;
        };
        'vcs': {
            /** URL of the Git repo to build. Example: "https://github.com/northflank/gatsby-with-northflank" */
            'projectUrl': string;
            /** The VCS provider to use. Example: "github" */
            'projectType': 'bitbucket' | 'gitlab' | 'github' | 'self-hosted' | 'azure';
            /** If projectType is self-hosted, the ID of the self-hosted vcs to use. */
            'selfHostedVcsId'?: string;
            /** By default, if you have multiple version control accounts of the same provider linked, Northflank will pick a linked account that has access to the repository. If `accountLogin` is provided, Northflank will instead use your linked account with that login name. Example: "github-user" */
            'accountLogin'?: string;
            /** By default, if you have multiple version control accounts of the same provider linked, Northflank will pick a linked account that has access to the repository. If `vcsLinkId` is provided, Northflank will instead use your linked account with that ID. */
            'vcsLinkId'?: string;
            /** The name of the branch to use. Example: "master" */
            'projectBranch': string;
        };
    } | {
        /** Allows for customization of buildpack runtime */
        'buildpack'?: {
            /** Type of buildpack run configuration */
            'configType': 'default' | 'customProcess' | 'customCommand' | 'customEntrypointCustomCommand' | 'originalEntrypointCustomCommand';
            /** Custom process which should be run. Required in case where `configType` is `customProcess` */
            'customProcess'?: string;
            /** Custom entrypoint which should be run. Required in case where `configType` is `customEntrypointCustomCommand` */
            'customEntrypoint'?: string;
            /** Custom command which should be run. Required in case where `configType` is `customCommand`, `customEntrypointCustomCommand` or `originalEntrypointCustomCommand` */
            'customCommand'?: string;
        };
        /** Allows for customization of docker runtime */
        'docker'?: {
            /** Type of entrypoint & command override configuration Example: "default" */
            'configType': 'default' | 'customEntrypoint' | 'customCommand' | 'customEntrypointCustomCommand';
            /** Custom entrypoint which should be used. Required in case where `configType` is `customEntrypoint` or `customEntrypointCustomCommand` */
            'customEntrypoint'?: string;
            /** Custom command which should be used. Required in case where `configType` is `customCommand` or `customEntrypointCustomCommand` */
            'customCommand'?: string;
        };
        'storage'?: {
            'useHdbStorage'?: boolean;
            'usePdSsdStorage'?: boolean;
            'ephemeralStorage'?: {
                /** Ephemeral storage per container in MB Example: 1024 */
                'storageSize'?: number;
            };
            /** Configures the amount of available memory-backed disk space available to /dev/shm */
            'shmSize'?: number;
        };
        'gpu'?: {
            'enabled'?: boolean;
            'configuration'?: {
                'gpuType': string;
                'gpuCount'?: number;
                'timesliced'?: boolean;
            };
        };
        /** The maximum amount of time the process has to shut down after receiving a SIGTERM signal before it is forcefully shut down SIGKILL by the system. */
        'gracePeriodSeconds'?: number;
        /** Allow setting custom labels and annotations for workloads. */
        'metadata'?: {
            /** Specify custom labels for the workload. */
            'labels'?: any;
            /** Specify custom annotations for the workload as string or object. */
            'annotations'?: any;
        };
        'external': {
            /** Image to be deployed. When not deploying from Dockerhub the URL must be specified. Example: "nginx:latest" */
            'imagePath': string;
            /** ID of the saved credentials to use to access this external image. Example: "example-credentials" */
            'credentials'?: string;
        };
    } | {
        /** Allows for customization of buildpack runtime */
        'buildpack'?: {
            /** Type of buildpack run configuration */
            'configType': 'default' | 'customProcess' | 'customCommand' | 'customEntrypointCustomCommand' | 'originalEntrypointCustomCommand';
            /** Custom process which should be run. Required in case where `configType` is `customProcess` */
            'customProcess'?: string;
            /** Custom entrypoint which should be run. Required in case where `configType` is `customEntrypointCustomCommand` */
            'customEntrypoint'?: string;
            /** Custom command which should be run. Required in case where `configType` is `customCommand`, `customEntrypointCustomCommand` or `originalEntrypointCustomCommand` */
            'customCommand'?: string;
        };
        /** Allows for customization of docker runtime */
        'docker'?: {
            /** Type of entrypoint & command override configuration Example: "default" */
            'configType': 'default' | 'customEntrypoint' | 'customCommand' | 'customEntrypointCustomCommand';
            /** Custom entrypoint which should be used. Required in case where `configType` is `customEntrypoint` or `customEntrypointCustomCommand` */
            'customEntrypoint'?: string;
            /** Custom command which should be used. Required in case where `configType` is `customCommand` or `customEntrypointCustomCommand` */
            'customCommand'?: string;
        };
        'storage'?: {
            'useHdbStorage'?: boolean;
            'usePdSsdStorage'?: boolean;
            'ephemeralStorage'?: {
                /** Ephemeral storage per container in MB Example: 1024 */
                'storageSize'?: number;
            };
            /** Configures the amount of available memory-backed disk space available to /dev/shm */
            'shmSize'?: number;
        };
        'gpu'?: {
            'enabled'?: boolean;
            'configuration'?: {
                'gpuType': string;
                'gpuCount'?: number;
                'timesliced'?: boolean;
            };
        };
        /** The maximum amount of time the process has to shut down after receiving a SIGTERM signal before it is forcefully shut down SIGKILL by the system. */
        'gracePeriodSeconds'?: number;
        /** Allow setting custom labels and annotations for workloads. */
        'metadata'?: {
            /** Specify custom labels for the workload. */
            'labels'?: any;
            /** Specify custom annotations for the workload as string or object. */
            'annotations'?: any;
        };
        'internal': {
            /** ID of the build service to deploy */
            'id'?: string;
            /** Branch to deploy Example: "master" */
            'branch'?: string;
            /** Commit SHA to deploy, or 'latest' to deploy the most recent commit Example: "latest" */
            'buildSHA'?: string | 'latest';
            /** ID of the build that should be deployed Example: "premium-guide-6393" */
            'buildId'?: string;
        };
    } | any;
    /** Whether CI should be disabled. Only relevant for jobs deploying directly from version control. */
    'disabledCI'?: boolean;
    'buildConfiguration'?: {
        /** An array of path ignore rules. A commit will only be built if a file has been changed that does not match any of the ignore rules. Path ignore rules follow `.gitignore` syntax. */
        'pathIgnoreRules'?: string[];
        /** If `true`, the functionality of `pathIgnoreRules` will be inverted. A commit will only be built if a file has been changed that matches one or more of the rules in `pathIgnoreRules`. */
        'isAllowList'?: boolean;
        /** If `true`, enables commit ignore flags. If a commit message contains one or more of the flags in `ciIgnoreFlags`, that commit will not be built. */
        'ciIgnoreFlagsEnabled'?: boolean;
        /** An array of commit ignore flags. If a commit message contains one or more of these flags, that commit will not be built. Defaults to `["[skip ci]", "[ci skip]", "[no ci]", "[skip nf]", "[nf skip]", "[northflank skip]", "[skip northflank]"]` Example: ["[skip ci]","[ci skip]","[no ci]","[skip nf]","[nf skip]","[northflank skip]","[skip northflank]"] */
        'ciIgnoreFlags'?: string[];
        /** If your Dockerfile contains multiple build stages, you can specify the target stage by entering its name here. */
        'dockerfileTarget'?: string;
        'dockerCredentials'?: string[];
        /** Include .git folder inside the build context */
        'includeGitFolder'?: boolean;
        /** Include the entire git history as part of the .git folder. Only relevant if "includeGitFolder" is set. */
        'fullGitClone'?: boolean;
        /** Enable Git LFS support for the build */
        'enableGitLfs'?: boolean;
        'storage'?: {
            'ephemeralStorage'?: {
                /** Ephemeral storage per build in MB Example: 16384 */
                'storageSize'?: number;
            };
        };
    };
    /** Build engine */
    'buildSettings'?: {
        'storage'?: {
            'ephemeralStorage'?: {
                /** Ephemeral storage per build in MB Example: 16384 */
                'storageSize'?: number;
            };
        };
        'dockerfile': {
            /** DEPRECATED: This field will be removed in the near future and currently has no effect. */
            'useCache'?: boolean;
            /** Build engine to use. Defaults to recommended build engine `buildkit` Example: "buildkit" */
            'buildEngine'?: 'buildkit' | 'kaniko';
            /** The file path of the Dockerfile. Example: "/Dockerfile" */
            'dockerFilePath': string;
            /** The working directory of the Dockerfile. Example: "/" */
            'dockerWorkDir': string;
            'buildkit'?: {
                /** Use persistent storage to cache build layers. Example: true */
                'useCache'?: boolean;
                /** The amount of persistent storage available to each build in MB. Example: 32768 */
                'cacheStorageSize'?: number;
                /** DEPRECATED: This field will be removed in the near future. */
                'useInternalCache'?: boolean;
                /** DEPRECATED: This field will be removed in the near future. */
                'internalCacheStorage'?: number;
            };
        };
    } | {
        'storage'?: {
            'ephemeralStorage'?: {
                /** Ephemeral storage per build in MB Example: 16384 */
                'storageSize'?: number;
            };
        };
        'buildpack': {
            /** Buildpack stack to use. Defaults to recommended stack `HEROKU_24`. Example: "HEROKU_24" */
            'builder'?: 'HEROKU_24' | 'HEROKU_22' | 'HEROKU_22_CLASSIC' | 'HEROKU_20' | 'HEROKU_18' | 'GOOGLE_22' | 'GOOGLE_V1' | 'CNB_ALPINE' | 'CNB_BIONIC' | 'PAKETO_JAMMY_TINY' | 'PAKETO_JAMMY_BASE' | 'PAKETO_JAMMY_FULL' | 'PAKETO_TINY' | 'PAKETO_BASE' | 'PAKETO_FULL';
            /** Array of custom Buildpacks to use. */
            'buildpackLocators'?: string[];
            /** The working directory to build in. Example: "/" */
            'buildContext'?: string;
            /** Should build dependencies be cached? */
            'useCache'?: boolean;
        };
    };
    /** An object containing the runtime environment to set for the job. Keys may only contain letters, numbers, hyphens, forward slashes and dots. Example: {"variable1":"abcdef","variable2":"12345"} */
    'runtimeEnvironment'?: any;
    /** Secret files as JSON object, encrypted at rest. File path must be absolute Example: {"/dir/fileName":{"data":"VGhpcyBpcyBhbiBleGFtcGxlIHdpdGggYSB0ZW1wbGF0ZWQgJHtOT0RFX0VOVn0gdmFyaWFibGU=","encoding":"utf-8"}} */
    'runtimeFiles'?: any;
    /** An object containing the build arguments to set for the job. Keys may only contain letters, numbers, hyphens, forward slashes and dots. Example: {"variable1":"abcdef","variable2":"12345"} */
    'buildArguments'?: any;
    /** Secret files as JSON object, encrypted at rest. File path must be absolute Example: {"/dir/fileName":{"data":"VGhpcyBpcyBhbiBleGFtcGxlIHdpdGggYSB0ZW1wbGF0ZWQgJHtOT0RFX0VOVn0gdmFyaWFibGU=","encoding":"utf-8"}} */
    'buildFiles'?: any;
    /** Docker secret mount contents as JSON object, encrypted at rest. Must be a valid Docker secret mount identifier Example: {"example-secret-mount_1":{"data":"VGhpcyBpcyBhbiBleGFtcGxlIHdpdGggYSB0ZW1wbGF0ZWQgJHtOT0RFX0VOVn0gdmFyaWFibGU=","encoding":"utf-8"}} */
    'dockerSecretMounts'?: any;
    /** An array of health checks. */
    'healthChecks'?: {
        /** The protocol to access the health check with. Example: "HTTP" */
        'protocol': 'HTTP' | 'CMD' | 'TCP';
        /** The type of health check. Example: "readinessProbe" */
        'type': 'livenessProbe' | 'readinessProbe' | 'startupProbe';
        /** The path of the health check endpoint. Required when protocol is HTTP. Example: "/health-check" */
        'path'?: string;
        /** The command to run for the health check. Required when protocol is CMD */
        'cmd'?: string;
        /** Port number for the health check endpoint. Required when protocol is HTTP. Example: 8080 */
        'port'?: number;
        /** Initial delay, in seconds, before the health check is first run. Example: 10 */
        'initialDelaySeconds': number;
        /** The time between each check, in seconds. Example: 60 */
        'periodSeconds': number;
        /** The time to wait for a response before marking the health check as a failure. Example: 1 */
        'timeoutSeconds': number;
        /** The maximum number of allowed failures. Example: 3 */
        'failureThreshold': number;
        /** The number of successes required to mark the health check as a success. Example: 1 */
        'successThreshold'?: number;
    }[];
    /** The number of attempts to rerun a job before it is marked as failed. */
    'backoffLimit': number;
    /** Configure when the job should be run if the source image changes. Example: "never" */
    'runOnSourceChange'?: 'never' | 'cd-promote' | 'always';
    /** The maximum amount of time, in seconds, for a job to run before it is marked as failed. Example: 600 */
    'activeDeadlineSeconds'?: number | null;
};

type PutJobManualData = {
    /** The name of the job. Example: "Example Job" */
    'name': string;
    /** A description of the job. Example: "A job description" */
    'description'?: string;
    'stageId'?: string;
    'infrastructure'?: {
        'architecture'?: 'x86' | 'arm';
    };
    /** An array of previously defined tags to help identify and group the resource. */
    'tags'?: string[];
    'billing': {
        /** The ID of the build plan to use. Example: "nf-compute-200-8" */
        'buildPlan'?: string;
        /** The ID of the deployment plan to use. Example: "nf-compute-20" */
        'deploymentPlan': string;
        'gpu'?: {
            'enabled'?: boolean;
            'configuration'?: {
                'gpuType': string;
                'gpuCount'?: number;
                'timesliced'?: boolean;
            };
        };
    };
    /** Where to deploy the job from. */
    'deployment'?: {
        /** Allows for customization of buildpack runtime */
        'buildpack'?: {
            /** Type of buildpack run configuration */
            'configType': 'default' | 'customProcess' | 'customCommand' | 'customEntrypointCustomCommand' | 'originalEntrypointCustomCommand';
            /** Custom process which should be run. Required in case where `configType` is `customProcess` */
            'customProcess'?: string;
            /** Custom entrypoint which should be run. Required in case where `configType` is `customEntrypointCustomCommand` */
            'customEntrypoint'?: string;
            /** Custom command which should be run. Required in case where `configType` is `customCommand`, `customEntrypointCustomCommand` or `originalEntrypointCustomCommand` */
            'customCommand'?: string;
        };
        /** Allows for customization of docker runtime */
        'docker'?: {
            /** Type of entrypoint & command override configuration Example: "default" */
            'configType': 'default' | 'customEntrypoint' | 'customCommand' | 'customEntrypointCustomCommand';
            /** Custom entrypoint which should be used. Required in case where `configType` is `customEntrypoint` or `customEntrypointCustomCommand` */
            'customEntrypoint'?: string;
            /** Custom command which should be used. Required in case where `configType` is `customCommand` or `customEntrypointCustomCommand` */
            'customCommand'?: string;
        };
        'storage'?: {
            'useHdbStorage'?: boolean;
            'usePdSsdStorage'?: boolean;
            'ephemeralStorage'?: {
                /** Ephemeral storage per container in MB Example: 1024 */
                'storageSize'?: number;
            };
            /** Configures the amount of available memory-backed disk space available to /dev/shm */
            'shmSize'?: number;
        };
        'gpu'?: {
            'enabled'?: boolean;
            'configuration'?: {
                'gpuType': string;
                'gpuCount'?: number;
                'timesliced'?: boolean;
            };
        };
        /** The maximum amount of time the process has to shut down after receiving a SIGTERM signal before it is forcefully shut down SIGKILL by the system. */
        'gracePeriodSeconds'?: number;
        /** Allow setting custom labels and annotations for workloads. */
        'metadata'?: {
            /** Specify custom labels for the workload. */
            'labels'?: any;
            /** Specify custom annotations for the workload as string or object. */
            'annotations'?: any;
        };
        'vcs': {
            /** URL of the Git repo to build. Example: "https://github.com/northflank/gatsby-with-northflank" */
            'projectUrl': string;
            /** The VCS provider to use. Example: "github" */
            'projectType': 'bitbucket' | 'gitlab' | 'github' | 'self-hosted' | 'azure';
            /** If projectType is self-hosted, the ID of the self-hosted vcs to use. */
            'selfHostedVcsId'?: string;
            /** By default, if you have multiple version control accounts of the same provider linked, Northflank will pick a linked account that has access to the repository. If `accountLogin` is provided, Northflank will instead use your linked account with that login name. Example: "github-user" */
            'accountLogin'?: string;
            /** By default, if you have multiple version control accounts of the same provider linked, Northflank will pick a linked account that has access to the repository. If `vcsLinkId` is provided, Northflank will instead use your linked account with that ID. */
            'vcsLinkId'?: string;
            /** The name of the branch to use. Example: "master" */
            'projectBranch': string;
        };
    } | {
        /** Allows for customization of buildpack runtime */
        'buildpack'?: {
            /** Type of buildpack run configuration */
            'configType': 'default' | 'customProcess' | 'customCommand' | 'customEntrypointCustomCommand' | 'originalEntrypointCustomCommand';
            /** Custom process which should be run. Required in case where `configType` is `customProcess` */
            'customProcess'?: string;
            /** Custom entrypoint which should be run. Required in case where `configType` is `customEntrypointCustomCommand` */
            'customEntrypoint'?: string;
            /** Custom command which should be run. Required in case where `configType` is `customCommand`, `customEntrypointCustomCommand` or `originalEntrypointCustomCommand` */
            'customCommand'?: string;
        };
        /** Allows for customization of docker runtime */
        'docker'?: {
            /** Type of entrypoint & command override configuration Example: "default" */
            'configType': 'default' | 'customEntrypoint' | 'customCommand' | 'customEntrypointCustomCommand';
            /** Custom entrypoint which should be used. Required in case where `configType` is `customEntrypoint` or `customEntrypointCustomCommand` */
            'customEntrypoint'?: string;
            /** Custom command which should be used. Required in case where `configType` is `customCommand` or `customEntrypointCustomCommand` */
            'customCommand'?: string;
        };
        'storage'?: {
            'useHdbStorage'?: boolean;
            'usePdSsdStorage'?: boolean;
            'ephemeralStorage'?: {
                /** Ephemeral storage per container in MB Example: 1024 */
                'storageSize'?: number;
            };
            /** Configures the amount of available memory-backed disk space available to /dev/shm */
            'shmSize'?: number;
        };
        'gpu'?: {
            'enabled'?: boolean;
            'configuration'?: {
                'gpuType': string;
                'gpuCount'?: number;
                'timesliced'?: boolean;
            };
        };
        /** The maximum amount of time the process has to shut down after receiving a SIGTERM signal before it is forcefully shut down SIGKILL by the system. */
        'gracePeriodSeconds'?: number;
        /** Allow setting custom labels and annotations for workloads. */
        'metadata'?: {
            /** Specify custom labels for the workload. */
            'labels'?: any;
            /** Specify custom annotations for the workload as string or object. */
            'annotations'?: any;
        };
        'external': {
            /** Image to be deployed. When not deploying from Dockerhub the URL must be specified. Example: "nginx:latest" */
            'imagePath': string;
            /** ID of the saved credentials to use to access this external image. Example: "example-credentials" */
            'credentials'?: string;
        };
    } | {
        /** Allows for customization of buildpack runtime */
        'buildpack'?: {
            /** Type of buildpack run configuration */
            'configType': 'default' | 'customProcess' | 'customCommand' | 'customEntrypointCustomCommand' | 'originalEntrypointCustomCommand';
            /** Custom process which should be run. Required in case where `configType` is `customProcess` */
            'customProcess'?: string;
            /** Custom entrypoint which should be run. Required in case where `configType` is `customEntrypointCustomCommand` */
            'customEntrypoint'?: string;
            /** Custom command which should be run. Required in case where `configType` is `customCommand`, `customEntrypointCustomCommand` or `originalEntrypointCustomCommand` */
            'customCommand'?: string;
        };
        /** Allows for customization of docker runtime */
        'docker'?: {
            /** Type of entrypoint & command override configuration Example: "default" */
            'configType': 'default' | 'customEntrypoint' | 'customCommand' | 'customEntrypointCustomCommand';
            /** Custom entrypoint which should be used. Required in case where `configType` is `customEntrypoint` or `customEntrypointCustomCommand` */
            'customEntrypoint'?: string;
            /** Custom command which should be used. Required in case where `configType` is `customCommand` or `customEntrypointCustomCommand` */
            'customCommand'?: string;
        };
        'storage'?: {
            'useHdbStorage'?: boolean;
            'usePdSsdStorage'?: boolean;
            'ephemeralStorage'?: {
                /** Ephemeral storage per container in MB Example: 1024 */
                'storageSize'?: number;
            };
            /** Configures the amount of available memory-backed disk space available to /dev/shm */
            'shmSize'?: number;
        };
        'gpu'?: {
            'enabled'?: boolean;
            'configuration'?: {
                'gpuType': string;
                'gpuCount'?: number;
                'timesliced'?: boolean;
            };
        };
        /** The maximum amount of time the process has to shut down after receiving a SIGTERM signal before it is forcefully shut down SIGKILL by the system. */
        'gracePeriodSeconds'?: number;
        /** Allow setting custom labels and annotations for workloads. */
        'metadata'?: {
            /** Specify custom labels for the workload. */
            'labels'?: any;
            /** Specify custom annotations for the workload as string or object. */
            'annotations'?: any;
        };
        'internal': {
            /** ID of the build service to deploy */
            'id'?: string;
            /** Branch to deploy Example: "master" */
            'branch'?: string;
            /** Commit SHA to deploy, or 'latest' to deploy the most recent commit Example: "latest" */
            'buildSHA'?: string | 'latest';
            /** ID of the build that should be deployed Example: "premium-guide-6393" */
            'buildId'?: string;
        };
    } | any;
    /** Whether CI should be disabled. Only relevant for jobs deploying directly from version control. */
    'disabledCI'?: boolean;
    'buildConfiguration'?: {
        /** An array of path ignore rules. A commit will only be built if a file has been changed that does not match any of the ignore rules. Path ignore rules follow `.gitignore` syntax. */
        'pathIgnoreRules'?: string[];
        /** If `true`, the functionality of `pathIgnoreRules` will be inverted. A commit will only be built if a file has been changed that matches one or more of the rules in `pathIgnoreRules`. */
        'isAllowList'?: boolean;
        /** If `true`, enables commit ignore flags. If a commit message contains one or more of the flags in `ciIgnoreFlags`, that commit will not be built. */
        'ciIgnoreFlagsEnabled'?: boolean;
        /** An array of commit ignore flags. If a commit message contains one or more of these flags, that commit will not be built. Defaults to `["[skip ci]", "[ci skip]", "[no ci]", "[skip nf]", "[nf skip]", "[northflank skip]", "[skip northflank]"]` Example: ["[skip ci]","[ci skip]","[no ci]","[skip nf]","[nf skip]","[northflank skip]","[skip northflank]"] */
        'ciIgnoreFlags'?: string[];
        /** If your Dockerfile contains multiple build stages, you can specify the target stage by entering its name here. */
        'dockerfileTarget'?: string;
        'dockerCredentials'?: string[];
        /** Include .git folder inside the build context */
        'includeGitFolder'?: boolean;
        /** Include the entire git history as part of the .git folder. Only relevant if "includeGitFolder" is set. */
        'fullGitClone'?: boolean;
        /** Enable Git LFS support for the build */
        'enableGitLfs'?: boolean;
        'storage'?: {
            'ephemeralStorage'?: {
                /** Ephemeral storage per build in MB Example: 16384 */
                'storageSize'?: number;
            };
        };
    };
    /** Build engine */
    'buildSettings'?: {
        'storage'?: {
            'ephemeralStorage'?: {
                /** Ephemeral storage per build in MB Example: 16384 */
                'storageSize'?: number;
            };
        };
        'dockerfile': {
            /** DEPRECATED: This field will be removed in the near future and currently has no effect. */
            'useCache'?: boolean;
            /** Build engine to use. Defaults to recommended build engine `buildkit` Example: "buildkit" */
            'buildEngine'?: 'buildkit' | 'kaniko';
            /** The file path of the Dockerfile. Example: "/Dockerfile" */
            'dockerFilePath': string;
            /** The working directory of the Dockerfile. Example: "/" */
            'dockerWorkDir': string;
            'buildkit'?: {
                /** Use persistent storage to cache build layers. Example: true */
                'useCache'?: boolean;
                /** The amount of persistent storage available to each build in MB. Example: 32768 */
                'cacheStorageSize'?: number;
                /** DEPRECATED: This field will be removed in the near future. */
                'useInternalCache'?: boolean;
                /** DEPRECATED: This field will be removed in the near future. */
                'internalCacheStorage'?: number;
            };
        };
    } | {
        'storage'?: {
            'ephemeralStorage'?: {
                /** Ephemeral storage per build in MB Example: 16384 */
                'storageSize'?: number;
            };
        };
        'buildpack': {
            /** Buildpack stack to use. Defaults to recommended stack `HEROKU_24`. Example: "HEROKU_24" */
            'builder'?: 'HEROKU_24' | 'HEROKU_22' | 'HEROKU_22_CLASSIC' | 'HEROKU_20' | 'HEROKU_18' | 'GOOGLE_22' | 'GOOGLE_V1' | 'CNB_ALPINE' | 'CNB_BIONIC' | 'PAKETO_JAMMY_TINY' | 'PAKETO_JAMMY_BASE' | 'PAKETO_JAMMY_FULL' | 'PAKETO_TINY' | 'PAKETO_BASE' | 'PAKETO_FULL';
            /** Array of custom Buildpacks to use. */
            'buildpackLocators'?: string[];
            /** The working directory to build in. Example: "/" */
            'buildContext'?: string;
            /** Should build dependencies be cached? */
            'useCache'?: boolean;
        };
    };
    /** An object containing the runtime environment to set for the job. Keys may only contain letters, numbers, hyphens, forward slashes and dots. Example: {"variable1":"abcdef","variable2":"12345"} */
    'runtimeEnvironment'?: any;
    /** Secret files as JSON object, encrypted at rest. File path must be absolute Example: {"/dir/fileName":{"data":"VGhpcyBpcyBhbiBleGFtcGxlIHdpdGggYSB0ZW1wbGF0ZWQgJHtOT0RFX0VOVn0gdmFyaWFibGU=","encoding":"utf-8"}} */
    'runtimeFiles'?: any;
    /** An object containing the build arguments to set for the job. Keys may only contain letters, numbers, hyphens, forward slashes and dots. Example: {"variable1":"abcdef","variable2":"12345"} */
    'buildArguments'?: any;
    /** Secret files as JSON object, encrypted at rest. File path must be absolute Example: {"/dir/fileName":{"data":"VGhpcyBpcyBhbiBleGFtcGxlIHdpdGggYSB0ZW1wbGF0ZWQgJHtOT0RFX0VOVn0gdmFyaWFibGU=","encoding":"utf-8"}} */
    'buildFiles'?: any;
    /** Docker secret mount contents as JSON object, encrypted at rest. Must be a valid Docker secret mount identifier Example: {"example-secret-mount_1":{"data":"VGhpcyBpcyBhbiBleGFtcGxlIHdpdGggYSB0ZW1wbGF0ZWQgJHtOT0RFX0VOVn0gdmFyaWFibGU=","encoding":"utf-8"}} */
    'dockerSecretMounts'?: any;
    /** An array of health checks. */
    'healthChecks'?: {
        /** The protocol to access the health check with. Example: "HTTP" */
        'protocol': 'HTTP' | 'CMD' | 'TCP';
        /** The type of health check. Example: "readinessProbe" */
        'type': 'livenessProbe' | 'readinessProbe' | 'startupProbe';
        /** The path of the health check endpoint. Required when protocol is HTTP. Example: "/health-check" */
        'path'?: string;
        /** The command to run for the health check. Required when protocol is CMD */
        'cmd'?: string;
        /** Port number for the health check endpoint. Required when protocol is HTTP. Example: 8080 */
        'port'?: number;
        /** Initial delay, in seconds, before the health check is first run. Example: 10 */
        'initialDelaySeconds': number;
        /** The time between each check, in seconds. Example: 60 */
        'periodSeconds': number;
        /** The time to wait for a response before marking the health check as a failure. Example: 1 */
        'timeoutSeconds': number;
        /** The maximum number of allowed failures. Example: 3 */
        'failureThreshold': number;
        /** The number of successes required to mark the health check as a success. Example: 1 */
        'successThreshold'?: number;
    }[];
    /** The number of attempts to rerun a job before it is marked as failed. */
    'backoffLimit': number;
    /** Configure when the job should be run if the source image changes. Example: "never" */
    'runOnSourceChange'?: 'never' | 'cd-promote' | 'always';
    /** The maximum amount of time, in seconds, for a job to run before it is marked as failed. Example: 600 */
    'activeDeadlineSeconds'?: number | null;
};

type PatchJobManualData = {
    /** A description of the job. Example: "A job description" */
    'description'?: string;
    'stageId'?: string | null;
    /** An array of previously defined tags to help identify and group the resource. */
    'tags'?: string[];
    'billing'?: {
        /** The ID of the build plan to use. Example: "nf-compute-200-8" */
        'buildPlan'?: string;
        /** The ID of the deployment plan to use. Example: "nf-compute-20" */
        'deploymentPlan'?: string;
        'gpu'?: {
            'enabled'?: boolean;
            'configuration'?: {
                'gpuType'?: string;
                'gpuCount'?: number;
                'timesliced'?: boolean;
            };
        };
    };
    /** Whether CI should be disabled. Only relevant for jobs deploying directly from version control. */
    'disabledCI'?: boolean;
    'buildConfiguration'?: {
        /** An array of path ignore rules. A commit will only be built if a file has been changed that does not match any of the ignore rules. Path ignore rules follow `.gitignore` syntax. */
        'pathIgnoreRules'?: string[];
        /** If `true`, the functionality of `pathIgnoreRules` will be inverted. A commit will only be built if a file has been changed that matches one or more of the rules in `pathIgnoreRules`. */
        'isAllowList'?: boolean;
        /** If `true`, enables commit ignore flags. If a commit message contains one or more of the flags in `ciIgnoreFlags`, that commit will not be built. */
        'ciIgnoreFlagsEnabled'?: boolean;
        /** An array of commit ignore flags. If a commit message contains one or more of these flags, that commit will not be built. Defaults to `["[skip ci]", "[ci skip]", "[no ci]", "[skip nf]", "[nf skip]", "[northflank skip]", "[skip northflank]"]` Example: ["[skip ci]","[ci skip]","[no ci]","[skip nf]","[nf skip]","[northflank skip]","[skip northflank]"] */
        'ciIgnoreFlags'?: string[];
        /** If your Dockerfile contains multiple build stages, you can specify the target stage by entering its name here. */
        'dockerfileTarget'?: string;
        'dockerCredentials'?: string[];
        /** Include .git folder inside the build context */
        'includeGitFolder'?: boolean;
        /** Include the entire git history as part of the .git folder. Only relevant if "includeGitFolder" is set. */
        'fullGitClone'?: boolean;
        /** Enable Git LFS support for the build */
        'enableGitLfs'?: boolean;
        'storage'?: {
            'ephemeralStorage'?: {
                /** Ephemeral storage per build in MB Example: 16384 */
                'storageSize'?: number;
            };
        };
    };
    'buildSettings'?: {
        'storage'?: {
            'ephemeralStorage'?: {
                /** Ephemeral storage per build in MB Example: 16384 */
                'storageSize'?: number;
            };
        };
        'dockerfile'?: {
            /** DEPRECATED: This field will be removed in the near future and currently has no effect. */
            'useCache'?: boolean;
            /** Build engine to use. Defaults to recommended build engine `buildkit` Example: "buildkit" */
            'buildEngine'?: 'buildkit' | 'kaniko';
            /** The file path of the Dockerfile. Example: "/Dockerfile" */
            'dockerFilePath'?: string;
            /** The working directory of the Dockerfile. Example: "/" */
            'dockerWorkDir'?: string;
            'buildkit'?: {
                /** Use persistent storage to cache build layers. Example: true */
                'useCache'?: boolean;
                /** The amount of persistent storage available to each build in MB. Example: 32768 */
                'cacheStorageSize'?: number;
                /** DEPRECATED: This field will be removed in the near future. */
                'useInternalCache'?: boolean;
                /** DEPRECATED: This field will be removed in the near future. */
                'internalCacheStorage'?: number;
            };
        };
        'buildpack'?: {
            /** Buildpack stack to use. Defaults to recommended stack `HEROKU_24`. Example: "HEROKU_24" */
            'builder'?: 'HEROKU_24' | 'HEROKU_22' | 'HEROKU_22_CLASSIC' | 'HEROKU_20' | 'HEROKU_18' | 'GOOGLE_22' | 'GOOGLE_V1' | 'CNB_ALPINE' | 'CNB_BIONIC' | 'PAKETO_JAMMY_TINY' | 'PAKETO_JAMMY_BASE' | 'PAKETO_JAMMY_FULL' | 'PAKETO_TINY' | 'PAKETO_BASE' | 'PAKETO_FULL';
            /** Array of custom Buildpacks to use. */
            'buildpackLocators'?: string[];
            /** The working directory to build in. Example: "/" */
            'buildContext'?: string;
            /** Should build dependencies be cached? */
            'useCache'?: boolean;
        };
    };
    /** An object containing the runtime environment to set for the job. Keys may only contain letters, numbers, hyphens, forward slashes and dots. Example: {"variable1":"abcdef","variable2":"12345"} */
    'runtimeEnvironment'?: any;
    /** Secret files as JSON object, encrypted at rest. File path must be absolute Example: {"/dir/fileName":{"data":"VGhpcyBpcyBhbiBleGFtcGxlIHdpdGggYSB0ZW1wbGF0ZWQgJHtOT0RFX0VOVn0gdmFyaWFibGU=","encoding":"utf-8"}} */
    'runtimeFiles'?: any;
    /** An object containing the build arguments to set for the job. Keys may only contain letters, numbers, hyphens, forward slashes and dots. Example: {"variable1":"abcdef","variable2":"12345"} */
    'buildArguments'?: any;
    /** Secret files as JSON object, encrypted at rest. File path must be absolute Example: {"/dir/fileName":{"data":"VGhpcyBpcyBhbiBleGFtcGxlIHdpdGggYSB0ZW1wbGF0ZWQgJHtOT0RFX0VOVn0gdmFyaWFibGU=","encoding":"utf-8"}} */
    'buildFiles'?: any;
    /** Docker secret mount contents as JSON object, encrypted at rest. Must be a valid Docker secret mount identifier Example: {"example-secret-mount_1":{"data":"VGhpcyBpcyBhbiBleGFtcGxlIHdpdGggYSB0ZW1wbGF0ZWQgJHtOT0RFX0VOVn0gdmFyaWFibGU=","encoding":"utf-8"}} */
    'dockerSecretMounts'?: any;
    /** An array of health checks. */
    'healthChecks'?: {
        /** The protocol to access the health check with. Example: "HTTP" */
        'protocol': 'HTTP' | 'CMD' | 'TCP';
        /** The type of health check. Example: "readinessProbe" */
        'type': 'livenessProbe' | 'readinessProbe' | 'startupProbe';
        /** The path of the health check endpoint. Required when protocol is HTTP. Example: "/health-check" */
        'path'?: string;
        /** The command to run for the health check. Required when protocol is CMD */
        'cmd'?: string;
        /** Port number for the health check endpoint. Required when protocol is HTTP. Example: 8080 */
        'port'?: number;
        /** Initial delay, in seconds, before the health check is first run. Example: 10 */
        'initialDelaySeconds': number;
        /** The time between each check, in seconds. Example: 60 */
        'periodSeconds': number;
        /** The time to wait for a response before marking the health check as a failure. Example: 1 */
        'timeoutSeconds': number;
        /** The maximum number of allowed failures. Example: 3 */
        'failureThreshold': number;
        /** The number of successes required to mark the health check as a success. Example: 1 */
        'successThreshold'?: number;
    }[];
    /** The number of attempts to rerun a job before it is marked as failed. */
    'backoffLimit'?: number;
    /** Configure when the job should be run if the source image changes. Example: "never" */
    'runOnSourceChange'?: 'never' | 'cd-promote' | 'always';
    /** The maximum amount of time, in seconds, for a job to run before it is marked as failed. Example: 600 */
    'activeDeadlineSeconds'?: number | null;
};

type CreateJobCronData = {
    /** The name of the job. Example: "Example Job" */
    'name': string;
    /** A description of the job. Example: "A job description" */
    'description'?: string;
    'stageId'?: string;
    'infrastructure'?: {
        'architecture'?: 'x86' | 'arm';
    };
    /** An array of previously defined tags to help identify and group the resource. */
    'tags'?: string[];
    'billing': {
        /** The ID of the build plan to use. Example: "nf-compute-200-8" */
        'buildPlan'?: string;
        /** The ID of the deployment plan to use. Example: "nf-compute-20" */
        'deploymentPlan': string;
        'gpu'?: {
            'enabled'?: boolean;
            'configuration'?: {
                'gpuType': string;
                'gpuCount'?: number;
                'timesliced'?: boolean;
            };
        };
    };
    /** Where to deploy the job from. */
    'deployment'?: {
        /** Allows for customization of buildpack runtime */
        'buildpack'?: {
            /** Type of buildpack run configuration */
            'configType': 'default' | 'customProcess' | 'customCommand' | 'customEntrypointCustomCommand' | 'originalEntrypointCustomCommand';
            /** Custom process which should be run. Required in case where `configType` is `customProcess` */
            'customProcess'?: string;
            /** Custom entrypoint which should be run. Required in case where `configType` is `customEntrypointCustomCommand` */
            'customEntrypoint'?: string;
            /** Custom command which should be run. Required in case where `configType` is `customCommand`, `customEntrypointCustomCommand` or `originalEntrypointCustomCommand` */
            'customCommand'?: string;
        };
        /** Allows for customization of docker runtime */
        'docker'?: {
            /** Type of entrypoint & command override configuration Example: "default" */
            'configType': 'default' | 'customEntrypoint' | 'customCommand' | 'customEntrypointCustomCommand';
            /** Custom entrypoint which should be used. Required in case where `configType` is `customEntrypoint` or `customEntrypointCustomCommand` */
            'customEntrypoint'?: string;
            /** Custom command which should be used. Required in case where `configType` is `customCommand` or `customEntrypointCustomCommand` */
            'customCommand'?: string;
        };
        'storage'?: {
            'useHdbStorage'?: boolean;
            'usePdSsdStorage'?: boolean;
            'ephemeralStorage'?: {
                /** Ephemeral storage per container in MB Example: 1024 */
                'storageSize'?: number;
            };
            /** Configures the amount of available memory-backed disk space available to /dev/shm */
            'shmSize'?: number;
        };
        'gpu'?: {
            'enabled'?: boolean;
            'configuration'?: {
                'gpuType': string;
                'gpuCount'?: number;
                'timesliced'?: boolean;
            };
        };
        /** The maximum amount of time the process has to shut down after receiving a SIGTERM signal before it is forcefully shut down SIGKILL by the system. */
        'gracePeriodSeconds'?: number;
        /** Allow setting custom labels and annotations for workloads. */
        'metadata'?: {
            /** Specify custom labels for the workload. */
            'labels'?: any;
            /** Specify custom annotations for the workload as string or object. */
            'annotations'?: any;
        };
        'vcs': {
            /** URL of the Git repo to build. Example: "https://github.com/northflank/gatsby-with-northflank" */
            'projectUrl': string;
            /** The VCS provider to use. Example: "github" */
            'projectType': 'bitbucket' | 'gitlab' | 'github' | 'self-hosted' | 'azure';
            /** If projectType is self-hosted, the ID of the self-hosted vcs to use. */
            'selfHostedVcsId'?: string;
            /** By default, if you have multiple version control accounts of the same provider linked, Northflank will pick a linked account that has access to the repository. If `accountLogin` is provided, Northflank will instead use your linked account with that login name. Example: "github-user" */
            'accountLogin'?: string;
            /** By default, if you have multiple version control accounts of the same provider linked, Northflank will pick a linked account that has access to the repository. If `vcsLinkId` is provided, Northflank will instead use your linked account with that ID. */
            'vcsLinkId'?: string;
            /** The name of the branch to use. Example: "master" */
            'projectBranch': string;
        };
    } | {
        /** Allows for customization of buildpack runtime */
        'buildpack'?: {
            /** Type of buildpack run configuration */
            'configType': 'default' | 'customProcess' | 'customCommand' | 'customEntrypointCustomCommand' | 'originalEntrypointCustomCommand';
            /** Custom process which should be run. Required in case where `configType` is `customProcess` */
            'customProcess'?: string;
            /** Custom entrypoint which should be run. Required in case where `configType` is `customEntrypointCustomCommand` */
            'customEntrypoint'?: string;
            /** Custom command which should be run. Required in case where `configType` is `customCommand`, `customEntrypointCustomCommand` or `originalEntrypointCustomCommand` */
            'customCommand'?: string;
        };
        /** Allows for customization of docker runtime */
        'docker'?: {
            /** Type of entrypoint & command override configuration Example: "default" */
            'configType': 'default' | 'customEntrypoint' | 'customCommand' | 'customEntrypointCustomCommand';
            /** Custom entrypoint which should be used. Required in case where `configType` is `customEntrypoint` or `customEntrypointCustomCommand` */
            'customEntrypoint'?: string;
            /** Custom command which should be used. Required in case where `configType` is `customCommand` or `customEntrypointCustomCommand` */
            'customCommand'?: string;
        };
        'storage'?: {
            'useHdbStorage'?: boolean;
            'usePdSsdStorage'?: boolean;
            'ephemeralStorage'?: {
                /** Ephemeral storage per container in MB Example: 1024 */
                'storageSize'?: number;
            };
            /** Configures the amount of available memory-backed disk space available to /dev/shm */
            'shmSize'?: number;
        };
        'gpu'?: {
            'enabled'?: boolean;
            'configuration'?: {
                'gpuType': string;
                'gpuCount'?: number;
                'timesliced'?: boolean;
            };
        };
        /** The maximum amount of time the process has to shut down after receiving a SIGTERM signal before it is forcefully shut down SIGKILL by the system. */
        'gracePeriodSeconds'?: number;
        /** Allow setting custom labels and annotations for workloads. */
        'metadata'?: {
            /** Specify custom labels for the workload. */
            'labels'?: any;
            /** Specify custom annotations for the workload as string or object. */
            'annotations'?: any;
        };
        'external': {
            /** Image to be deployed. When not deploying from Dockerhub the URL must be specified. Example: "nginx:latest" */
            'imagePath': string;
            /** ID of the saved credentials to use to access this external image. Example: "example-credentials" */
            'credentials'?: string;
        };
    } | {
        /** Allows for customization of buildpack runtime */
        'buildpack'?: {
            /** Type of buildpack run configuration */
            'configType': 'default' | 'customProcess' | 'customCommand' | 'customEntrypointCustomCommand' | 'originalEntrypointCustomCommand';
            /** Custom process which should be run. Required in case where `configType` is `customProcess` */
            'customProcess'?: string;
            /** Custom entrypoint which should be run. Required in case where `configType` is `customEntrypointCustomCommand` */
            'customEntrypoint'?: string;
            /** Custom command which should be run. Required in case where `configType` is `customCommand`, `customEntrypointCustomCommand` or `originalEntrypointCustomCommand` */
            'customCommand'?: string;
        };
        /** Allows for customization of docker runtime */
        'docker'?: {
            /** Type of entrypoint & command override configuration Example: "default" */
            'configType': 'default' | 'customEntrypoint' | 'customCommand' | 'customEntrypointCustomCommand';
            /** Custom entrypoint which should be used. Required in case where `configType` is `customEntrypoint` or `customEntrypointCustomCommand` */
            'customEntrypoint'?: string;
            /** Custom command which should be used. Required in case where `configType` is `customCommand` or `customEntrypointCustomCommand` */
            'customCommand'?: string;
        };
        'storage'?: {
            'useHdbStorage'?: boolean;
            'usePdSsdStorage'?: boolean;
            'ephemeralStorage'?: {
                /** Ephemeral storage per container in MB Example: 1024 */
                'storageSize'?: number;
            };
            /** Configures the amount of available memory-backed disk space available to /dev/shm */
            'shmSize'?: number;
        };
        'gpu'?: {
            'enabled'?: boolean;
            'configuration'?: {
                'gpuType': string;
                'gpuCount'?: number;
                'timesliced'?: boolean;
            };
        };
        /** The maximum amount of time the process has to shut down after receiving a SIGTERM signal before it is forcefully shut down SIGKILL by the system. */
        'gracePeriodSeconds'?: number;
        /** Allow setting custom labels and annotations for workloads. */
        'metadata'?: {
            /** Specify custom labels for the workload. */
            'labels'?: any;
            /** Specify custom annotations for the workload as string or object. */
            'annotations'?: any;
        };
        'internal': {
            /** ID of the build service to deploy */
            'id'?: string;
            /** Branch to deploy Example: "master" */
            'branch'?: string;
            /** Commit SHA to deploy, or 'latest' to deploy the most recent commit Example: "latest" */
            'buildSHA'?: string | 'latest';
            /** ID of the build that should be deployed Example: "premium-guide-6393" */
            'buildId'?: string;
        };
    } | any;
    /** Whether CI should be disabled. Only relevant for jobs deploying directly from version control. */
    'disabledCI'?: boolean;
    'buildConfiguration'?: {
        /** An array of path ignore rules. A commit will only be built if a file has been changed that does not match any of the ignore rules. Path ignore rules follow `.gitignore` syntax. */
        'pathIgnoreRules'?: string[];
        /** If `true`, the functionality of `pathIgnoreRules` will be inverted. A commit will only be built if a file has been changed that matches one or more of the rules in `pathIgnoreRules`. */
        'isAllowList'?: boolean;
        /** If `true`, enables commit ignore flags. If a commit message contains one or more of the flags in `ciIgnoreFlags`, that commit will not be built. */
        'ciIgnoreFlagsEnabled'?: boolean;
        /** An array of commit ignore flags. If a commit message contains one or more of these flags, that commit will not be built. Defaults to `["[skip ci]", "[ci skip]", "[no ci]", "[skip nf]", "[nf skip]", "[northflank skip]", "[skip northflank]"]` Example: ["[skip ci]","[ci skip]","[no ci]","[skip nf]","[nf skip]","[northflank skip]","[skip northflank]"] */
        'ciIgnoreFlags'?: string[];
        /** If your Dockerfile contains multiple build stages, you can specify the target stage by entering its name here. */
        'dockerfileTarget'?: string;
        'dockerCredentials'?: string[];
        /** Include .git folder inside the build context */
        'includeGitFolder'?: boolean;
        /** Include the entire git history as part of the .git folder. Only relevant if "includeGitFolder" is set. */
        'fullGitClone'?: boolean;
        /** Enable Git LFS support for the build */
        'enableGitLfs'?: boolean;
        'storage'?: {
            'ephemeralStorage'?: {
                /** Ephemeral storage per build in MB Example: 16384 */
                'storageSize'?: number;
            };
        };
    };
    /** Build engine */
    'buildSettings'?: {
        'storage'?: {
            'ephemeralStorage'?: {
                /** Ephemeral storage per build in MB Example: 16384 */
                'storageSize'?: number;
            };
        };
        'dockerfile': {
            /** DEPRECATED: This field will be removed in the near future and currently has no effect. */
            'useCache'?: boolean;
            /** Build engine to use. Defaults to recommended build engine `buildkit` Example: "buildkit" */
            'buildEngine'?: 'buildkit' | 'kaniko';
            /** The file path of the Dockerfile. Example: "/Dockerfile" */
            'dockerFilePath': string;
            /** The working directory of the Dockerfile. Example: "/" */
            'dockerWorkDir': string;
            'buildkit'?: {
                /** Use persistent storage to cache build layers. Example: true */
                'useCache'?: boolean;
                /** The amount of persistent storage available to each build in MB. Example: 32768 */
                'cacheStorageSize'?: number;
                /** DEPRECATED: This field will be removed in the near future. */
                'useInternalCache'?: boolean;
                /** DEPRECATED: This field will be removed in the near future. */
                'internalCacheStorage'?: number;
            };
        };
    } | {
        'storage'?: {
            'ephemeralStorage'?: {
                /** Ephemeral storage per build in MB Example: 16384 */
                'storageSize'?: number;
            };
        };
        'buildpack': {
            /** Buildpack stack to use. Defaults to recommended stack `HEROKU_24`. Example: "HEROKU_24" */
            'builder'?: 'HEROKU_24' | 'HEROKU_22' | 'HEROKU_22_CLASSIC' | 'HEROKU_20' | 'HEROKU_18' | 'GOOGLE_22' | 'GOOGLE_V1' | 'CNB_ALPINE' | 'CNB_BIONIC' | 'PAKETO_JAMMY_TINY' | 'PAKETO_JAMMY_BASE' | 'PAKETO_JAMMY_FULL' | 'PAKETO_TINY' | 'PAKETO_BASE' | 'PAKETO_FULL';
            /** Array of custom Buildpacks to use. */
            'buildpackLocators'?: string[];
            /** The working directory to build in. Example: "/" */
            'buildContext'?: string;
            /** Should build dependencies be cached? */
            'useCache'?: boolean;
        };
    };
    /** An object containing the runtime environment to set for the job. Keys may only contain letters, numbers, hyphens, forward slashes and dots. Example: {"variable1":"abcdef","variable2":"12345"} */
    'runtimeEnvironment'?: any;
    /** Secret files as JSON object, encrypted at rest. File path must be absolute Example: {"/dir/fileName":{"data":"VGhpcyBpcyBhbiBleGFtcGxlIHdpdGggYSB0ZW1wbGF0ZWQgJHtOT0RFX0VOVn0gdmFyaWFibGU=","encoding":"utf-8"}} */
    'runtimeFiles'?: any;
    /** An object containing the build arguments to set for the job. Keys may only contain letters, numbers, hyphens, forward slashes and dots. Example: {"variable1":"abcdef","variable2":"12345"} */
    'buildArguments'?: any;
    /** Secret files as JSON object, encrypted at rest. File path must be absolute Example: {"/dir/fileName":{"data":"VGhpcyBpcyBhbiBleGFtcGxlIHdpdGggYSB0ZW1wbGF0ZWQgJHtOT0RFX0VOVn0gdmFyaWFibGU=","encoding":"utf-8"}} */
    'buildFiles'?: any;
    /** Docker secret mount contents as JSON object, encrypted at rest. Must be a valid Docker secret mount identifier Example: {"example-secret-mount_1":{"data":"VGhpcyBpcyBhbiBleGFtcGxlIHdpdGggYSB0ZW1wbGF0ZWQgJHtOT0RFX0VOVn0gdmFyaWFibGU=","encoding":"utf-8"}} */
    'dockerSecretMounts'?: any;
    /** An array of health checks. */
    'healthChecks'?: {
        /** The protocol to access the health check with. Example: "HTTP" */
        'protocol': 'HTTP' | 'CMD' | 'TCP';
        /** The type of health check. Example: "readinessProbe" */
        'type': 'livenessProbe' | 'readinessProbe' | 'startupProbe';
        /** The path of the health check endpoint. Required when protocol is HTTP. Example: "/health-check" */
        'path'?: string;
        /** The command to run for the health check. Required when protocol is CMD */
        'cmd'?: string;
        /** Port number for the health check endpoint. Required when protocol is HTTP. Example: 8080 */
        'port'?: number;
        /** Initial delay, in seconds, before the health check is first run. Example: 10 */
        'initialDelaySeconds': number;
        /** The time between each check, in seconds. Example: 60 */
        'periodSeconds': number;
        /** The time to wait for a response before marking the health check as a failure. Example: 1 */
        'timeoutSeconds': number;
        /** The maximum number of allowed failures. Example: 3 */
        'failureThreshold': number;
        /** The number of successes required to mark the health check as a success. Example: 1 */
        'successThreshold'?: number;
    }[];
    /** The number of attempts to rerun a job before it is marked as failed. */
    'backoffLimit': number;
    /** Configure when the job should be run if the source image changes. Example: "never" */
    'runOnSourceChange'?: 'never' | 'cd-promote' | 'always';
    /** The maximum amount of time, in seconds, for a job to run before it is marked as failed. Example: 600 */
    'activeDeadlineSeconds'?: number | null;
    /** The cron timer scheduling when to run the job. Example: "30 8 * * *" */
    'schedule'?: string | null;
    /** Whether the cron's automatic scheduling is suspended */
    'suspended'?: boolean;
    /** Whether this job should run when another instance of the job is already running. `allow` will enable multiple instances of this job to run. `forbid` will keep the current instance of the job running and stop a new instance from being run. `replace` will terminate any currently running instance of the job and start a new one. Example: "forbid" */
    'concurrencyPolicy'?: 'allow' | 'forbid' | 'replace';
};

type PutJobCronData = {
    /** The name of the job. Example: "Example Job" */
    'name': string;
    /** A description of the job. Example: "A job description" */
    'description'?: string;
    'stageId'?: string;
    'infrastructure'?: {
        'architecture'?: 'x86' | 'arm';
    };
    /** An array of previously defined tags to help identify and group the resource. */
    'tags'?: string[];
    'billing': {
        /** The ID of the build plan to use. Example: "nf-compute-200-8" */
        'buildPlan'?: string;
        /** The ID of the deployment plan to use. Example: "nf-compute-20" */
        'deploymentPlan': string;
        'gpu'?: {
            'enabled'?: boolean;
            'configuration'?: {
                'gpuType': string;
                'gpuCount'?: number;
                'timesliced'?: boolean;
            };
        };
    };
    /** Where to deploy the job from. */
    'deployment'?: {
        /** Allows for customization of buildpack runtime */
        'buildpack'?: {
            /** Type of buildpack run configuration */
            'configType': 'default' | 'customProcess' | 'customCommand' | 'customEntrypointCustomCommand' | 'originalEntrypointCustomCommand';
            /** Custom process which should be run. Required in case where `configType` is `customProcess` */
            'customProcess'?: string;
            /** Custom entrypoint which should be run. Required in case where `configType` is `customEntrypointCustomCommand` */
            'customEntrypoint'?: string;
            /** Custom command which should be run. Required in case where `configType` is `customCommand`, `customEntrypointCustomCommand` or `originalEntrypointCustomCommand` */
            'customCommand'?: string;
        };
        /** Allows for customization of docker runtime */
        'docker'?: {
            /** Type of entrypoint & command override configuration Example: "default" */
            'configType': 'default' | 'customEntrypoint' | 'customCommand' | 'customEntrypointCustomCommand';
            /** Custom entrypoint which should be used. Required in case where `configType` is `customEntrypoint` or `customEntrypointCustomCommand` */
            'customEntrypoint'?: string;
            /** Custom command which should be used. Required in case where `configType` is `customCommand` or `customEntrypointCustomCommand` */
            'customCommand'?: string;
        };
        'storage'?: {
            'useHdbStorage'?: boolean;
            'usePdSsdStorage'?: boolean;
            'ephemeralStorage'?: {
                /** Ephemeral storage per container in MB Example: 1024 */
                'storageSize'?: number;
            };
            /** Configures the amount of available memory-backed disk space available to /dev/shm */
            'shmSize'?: number;
        };
        'gpu'?: {
            'enabled'?: boolean;
            'configuration'?: {
                'gpuType': string;
                'gpuCount'?: number;
                'timesliced'?: boolean;
            };
        };
        /** The maximum amount of time the process has to shut down after receiving a SIGTERM signal before it is forcefully shut down SIGKILL by the system. */
        'gracePeriodSeconds'?: number;
        /** Allow setting custom labels and annotations for workloads. */
        'metadata'?: {
            /** Specify custom labels for the workload. */
            'labels'?: any;
            /** Specify custom annotations for the workload as string or object. */
            'annotations'?: any;
        };
        'vcs': {
            /** URL of the Git repo to build. Example: "https://github.com/northflank/gatsby-with-northflank" */
            'projectUrl': string;
            /** The VCS provider to use. Example: "github" */
            'projectType': 'bitbucket' | 'gitlab' | 'github' | 'self-hosted' | 'azure';
            /** If projectType is self-hosted, the ID of the self-hosted vcs to use. */
            'selfHostedVcsId'?: string;
            /** By default, if you have multiple version control accounts of the same provider linked, Northflank will pick a linked account that has access to the repository. If `accountLogin` is provided, Northflank will instead use your linked account with that login name. Example: "github-user" */
            'accountLogin'?: string;
            /** By default, if you have multiple version control accounts of the same provider linked, Northflank will pick a linked account that has access to the repository. If `vcsLinkId` is provided, Northflank will instead use your linked account with that ID. */
            'vcsLinkId'?: string;
            /** The name of the branch to use. Example: "master" */
            'projectBranch': string;
        };
    } | {
        /** Allows for customization of buildpack runtime */
        'buildpack'?: {
            /** Type of buildpack run configuration */
            'configType': 'default' | 'customProcess' | 'customCommand' | 'customEntrypointCustomCommand' | 'originalEntrypointCustomCommand';
            /** Custom process which should be run. Required in case where `configType` is `customProcess` */
            'customProcess'?: string;
            /** Custom entrypoint which should be run. Required in case where `configType` is `customEntrypointCustomCommand` */
            'customEntrypoint'?: string;
            /** Custom command which should be run. Required in case where `configType` is `customCommand`, `customEntrypointCustomCommand` or `originalEntrypointCustomCommand` */
            'customCommand'?: string;
        };
        /** Allows for customization of docker runtime */
        'docker'?: {
            /** Type of entrypoint & command override configuration Example: "default" */
            'configType': 'default' | 'customEntrypoint' | 'customCommand' | 'customEntrypointCustomCommand';
            /** Custom entrypoint which should be used. Required in case where `configType` is `customEntrypoint` or `customEntrypointCustomCommand` */
            'customEntrypoint'?: string;
            /** Custom command which should be used. Required in case where `configType` is `customCommand` or `customEntrypointCustomCommand` */
            'customCommand'?: string;
        };
        'storage'?: {
            'useHdbStorage'?: boolean;
            'usePdSsdStorage'?: boolean;
            'ephemeralStorage'?: {
                /** Ephemeral storage per container in MB Example: 1024 */
                'storageSize'?: number;
            };
            /** Configures the amount of available memory-backed disk space available to /dev/shm */
            'shmSize'?: number;
        };
        'gpu'?: {
            'enabled'?: boolean;
            'configuration'?: {
                'gpuType': string;
                'gpuCount'?: number;
                'timesliced'?: boolean;
            };
        };
        /** The maximum amount of time the process has to shut down after receiving a SIGTERM signal before it is forcefully shut down SIGKILL by the system. */
        'gracePeriodSeconds'?: number;
        /** Allow setting custom labels and annotations for workloads. */
        'metadata'?: {
            /** Specify custom labels for the workload. */
            'labels'?: any;
            /** Specify custom annotations for the workload as string or object. */
            'annotations'?: any;
        };
        'external': {
            /** Image to be deployed. When not deploying from Dockerhub the URL must be specified. Example: "nginx:latest" */
            'imagePath': string;
            /** ID of the saved credentials to use to access this external image. Example: "example-credentials" */
            'credentials'?: string;
        };
    } | {
        /** Allows for customization of buildpack runtime */
        'buildpack'?: {
            /** Type of buildpack run configuration */
            'configType': 'default' | 'customProcess' | 'customCommand' | 'customEntrypointCustomCommand' | 'originalEntrypointCustomCommand';
            /** Custom process which should be run. Required in case where `configType` is `customProcess` */
            'customProcess'?: string;
            /** Custom entrypoint which should be run. Required in case where `configType` is `customEntrypointCustomCommand` */
            'customEntrypoint'?: string;
            /** Custom command which should be run. Required in case where `configType` is `customCommand`, `customEntrypointCustomCommand` or `originalEntrypointCustomCommand` */
            'customCommand'?: string;
        };
        /** Allows for customization of docker runtime */
        'docker'?: {
            /** Type of entrypoint & command override configuration Example: "default" */
            'configType': 'default' | 'customEntrypoint' | 'customCommand' | 'customEntrypointCustomCommand';
            /** Custom entrypoint which should be used. Required in case where `configType` is `customEntrypoint` or `customEntrypointCustomCommand` */
            'customEntrypoint'?: string;
            /** Custom command which should be used. Required in case where `configType` is `customCommand` or `customEntrypointCustomCommand` */
            'customCommand'?: string;
        };
        'storage'?: {
            'useHdbStorage'?: boolean;
            'usePdSsdStorage'?: boolean;
            'ephemeralStorage'?: {
                /** Ephemeral storage per container in MB Example: 1024 */
                'storageSize'?: number;
            };
            /** Configures the amount of available memory-backed disk space available to /dev/shm */
            'shmSize'?: number;
        };
        'gpu'?: {
            'enabled'?: boolean;
            'configuration'?: {
                'gpuType': string;
                'gpuCount'?: number;
                'timesliced'?: boolean;
            };
        };
        /** The maximum amount of time the process has to shut down after receiving a SIGTERM signal before it is forcefully shut down SIGKILL by the system. */
        'gracePeriodSeconds'?: number;
        /** Allow setting custom labels and annotations for workloads. */
        'metadata'?: {
            /** Specify custom labels for the workload. */
            'labels'?: any;
            /** Specify custom annotations for the workload as string or object. */
            'annotations'?: any;
        };
        'internal': {
            /** ID of the build service to deploy */
            'id'?: string;
            /** Branch to deploy Example: "master" */
            'branch'?: string;
            /** Commit SHA to deploy, or 'latest' to deploy the most recent commit Example: "latest" */
            'buildSHA'?: string | 'latest';
            /** ID of the build that should be deployed Example: "premium-guide-6393" */
            'buildId'?: string;
        };
    } | any;
    /** Whether CI should be disabled. Only relevant for jobs deploying directly from version control. */
    'disabledCI'?: boolean;
    'buildConfiguration'?: {
        /** An array of path ignore rules. A commit will only be built if a file has been changed that does not match any of the ignore rules. Path ignore rules follow `.gitignore` syntax. */
        'pathIgnoreRules'?: string[];
        /** If `true`, the functionality of `pathIgnoreRules` will be inverted. A commit will only be built if a file has been changed that matches one or more of the rules in `pathIgnoreRules`. */
        'isAllowList'?: boolean;
        /** If `true`, enables commit ignore flags. If a commit message contains one or more of the flags in `ciIgnoreFlags`, that commit will not be built. */
        'ciIgnoreFlagsEnabled'?: boolean;
        /** An array of commit ignore flags. If a commit message contains one or more of these flags, that commit will not be built. Defaults to `["[skip ci]", "[ci skip]", "[no ci]", "[skip nf]", "[nf skip]", "[northflank skip]", "[skip northflank]"]` Example: ["[skip ci]","[ci skip]","[no ci]","[skip nf]","[nf skip]","[northflank skip]","[skip northflank]"] */
        'ciIgnoreFlags'?: string[];
        /** If your Dockerfile contains multiple build stages, you can specify the target stage by entering its name here. */
        'dockerfileTarget'?: string;
        'dockerCredentials'?: string[];
        /** Include .git folder inside the build context */
        'includeGitFolder'?: boolean;
        /** Include the entire git history as part of the .git folder. Only relevant if "includeGitFolder" is set. */
        'fullGitClone'?: boolean;
        /** Enable Git LFS support for the build */
        'enableGitLfs'?: boolean;
        'storage'?: {
            'ephemeralStorage'?: {
                /** Ephemeral storage per build in MB Example: 16384 */
                'storageSize'?: number;
            };
        };
    };
    /** Build engine */
    'buildSettings'?: {
        'storage'?: {
            'ephemeralStorage'?: {
                /** Ephemeral storage per build in MB Example: 16384 */
                'storageSize'?: number;
            };
        };
        'dockerfile': {
            /** DEPRECATED: This field will be removed in the near future and currently has no effect. */
            'useCache'?: boolean;
            /** Build engine to use. Defaults to recommended build engine `buildkit` Example: "buildkit" */
            'buildEngine'?: 'buildkit' | 'kaniko';
            /** The file path of the Dockerfile. Example: "/Dockerfile" */
            'dockerFilePath': string;
            /** The working directory of the Dockerfile. Example: "/" */
            'dockerWorkDir': string;
            'buildkit'?: {
                /** Use persistent storage to cache build layers. Example: true */
                'useCache'?: boolean;
                /** The amount of persistent storage available to each build in MB. Example: 32768 */
                'cacheStorageSize'?: number;
                /** DEPRECATED: This field will be removed in the near future. */
                'useInternalCache'?: boolean;
                /** DEPRECATED: This field will be removed in the near future. */
                'internalCacheStorage'?: number;
            };
        };
    } | {
        'storage'?: {
            'ephemeralStorage'?: {
                /** Ephemeral storage per build in MB Example: 16384 */
                'storageSize'?: number;
            };
        };
        'buildpack': {
            /** Buildpack stack to use. Defaults to recommended stack `HEROKU_24`. Example: "HEROKU_24" */
            'builder'?: 'HEROKU_24' | 'HEROKU_22' | 'HEROKU_22_CLASSIC' | 'HEROKU_20' | 'HEROKU_18' | 'GOOGLE_22' | 'GOOGLE_V1' | 'CNB_ALPINE' | 'CNB_BIONIC' | 'PAKETO_JAMMY_TINY' | 'PAKETO_JAMMY_BASE' | 'PAKETO_JAMMY_FULL' | 'PAKETO_TINY' | 'PAKETO_BASE' | 'PAKETO_FULL';
            /** Array of custom Buildpacks to use. */
            'buildpackLocators'?: string[];
            /** The working directory to build in. Example: "/" */
            'buildContext'?: string;
            /** Should build dependencies be cached? */
            'useCache'?: boolean;
        };
    };
    /** An object containing the runtime environment to set for the job. Keys may only contain letters, numbers, hyphens, forward slashes and dots. Example: {"variable1":"abcdef","variable2":"12345"} */
    'runtimeEnvironment'?: any;
    /** Secret files as JSON object, encrypted at rest. File path must be absolute Example: {"/dir/fileName":{"data":"VGhpcyBpcyBhbiBleGFtcGxlIHdpdGggYSB0ZW1wbGF0ZWQgJHtOT0RFX0VOVn0gdmFyaWFibGU=","encoding":"utf-8"}} */
    'runtimeFiles'?: any;
    /** An object containing the build arguments to set for the job. Keys may only contain letters, numbers, hyphens, forward slashes and dots. Example: {"variable1":"abcdef","variable2":"12345"} */
    'buildArguments'?: any;
    /** Secret files as JSON object, encrypted at rest. File path must be absolute Example: {"/dir/fileName":{"data":"VGhpcyBpcyBhbiBleGFtcGxlIHdpdGggYSB0ZW1wbGF0ZWQgJHtOT0RFX0VOVn0gdmFyaWFibGU=","encoding":"utf-8"}} */
    'buildFiles'?: any;
    /** Docker secret mount contents as JSON object, encrypted at rest. Must be a valid Docker secret mount identifier Example: {"example-secret-mount_1":{"data":"VGhpcyBpcyBhbiBleGFtcGxlIHdpdGggYSB0ZW1wbGF0ZWQgJHtOT0RFX0VOVn0gdmFyaWFibGU=","encoding":"utf-8"}} */
    'dockerSecretMounts'?: any;
    /** An array of health checks. */
    'healthChecks'?: {
        /** The protocol to access the health check with. Example: "HTTP" */
        'protocol': 'HTTP' | 'CMD' | 'TCP';
        /** The type of health check. Example: "readinessProbe" */
        'type': 'livenessProbe' | 'readinessProbe' | 'startupProbe';
        /** The path of the health check endpoint. Required when protocol is HTTP. Example: "/health-check" */
        'path'?: string;
        /** The command to run for the health check. Required when protocol is CMD */
        'cmd'?: string;
        /** Port number for the health check endpoint. Required when protocol is HTTP. Example: 8080 */
        'port'?: number;
        /** Initial delay, in seconds, before the health check is first run. Example: 10 */
        'initialDelaySeconds': number;
        /** The time between each check, in seconds. Example: 60 */
        'periodSeconds': number;
        /** The time to wait for a response before marking the health check as a failure. Example: 1 */
        'timeoutSeconds': number;
        /** The maximum number of allowed failures. Example: 3 */
        'failureThreshold': number;
        /** The number of successes required to mark the health check as a success. Example: 1 */
        'successThreshold'?: number;
    }[];
    /** The number of attempts to rerun a job before it is marked as failed. */
    'backoffLimit': number;
    /** Configure when the job should be run if the source image changes. Example: "never" */
    'runOnSourceChange'?: 'never' | 'cd-promote' | 'always';
    /** The maximum amount of time, in seconds, for a job to run before it is marked as failed. Example: 600 */
    'activeDeadlineSeconds'?: number | null;
    /** The cron timer scheduling when to run the job. Example: "30 8 * * *" */
    'schedule'?: string | null;
    /** Whether the cron's automatic scheduling is suspended */
    'suspended'?: boolean;
    /** Whether this job should run when another instance of the job is already running. `allow` will enable multiple instances of this job to run. `forbid` will keep the current instance of the job running and stop a new instance from being run. `replace` will terminate any currently running instance of the job and start a new one. Example: "forbid" */
    'concurrencyPolicy'?: 'allow' | 'forbid' | 'replace';
};

type PatchJobCronData = {
    /** A description of the job. Example: "A job description" */
    'description'?: string;
    'stageId'?: string | null;
    /** An array of previously defined tags to help identify and group the resource. */
    'tags'?: string[];
    'billing'?: {
        /** The ID of the build plan to use. Example: "nf-compute-200-8" */
        'buildPlan'?: string;
        /** The ID of the deployment plan to use. Example: "nf-compute-20" */
        'deploymentPlan'?: string;
        'gpu'?: {
            'enabled'?: boolean;
            'configuration'?: {
                'gpuType'?: string;
                'gpuCount'?: number;
                'timesliced'?: boolean;
            };
        };
    };
    /** Whether CI should be disabled. Only relevant for jobs deploying directly from version control. */
    'disabledCI'?: boolean;
    'buildConfiguration'?: {
        /** An array of path ignore rules. A commit will only be built if a file has been changed that does not match any of the ignore rules. Path ignore rules follow `.gitignore` syntax. */
        'pathIgnoreRules'?: string[];
        /** If `true`, the functionality of `pathIgnoreRules` will be inverted. A commit will only be built if a file has been changed that matches one or more of the rules in `pathIgnoreRules`. */
        'isAllowList'?: boolean;
        /** If `true`, enables commit ignore flags. If a commit message contains one or more of the flags in `ciIgnoreFlags`, that commit will not be built. */
        'ciIgnoreFlagsEnabled'?: boolean;
        /** An array of commit ignore flags. If a commit message contains one or more of these flags, that commit will not be built. Defaults to `["[skip ci]", "[ci skip]", "[no ci]", "[skip nf]", "[nf skip]", "[northflank skip]", "[skip northflank]"]` Example: ["[skip ci]","[ci skip]","[no ci]","[skip nf]","[nf skip]","[northflank skip]","[skip northflank]"] */
        'ciIgnoreFlags'?: string[];
        /** If your Dockerfile contains multiple build stages, you can specify the target stage by entering its name here. */
        'dockerfileTarget'?: string;
        'dockerCredentials'?: string[];
        /** Include .git folder inside the build context */
        'includeGitFolder'?: boolean;
        /** Include the entire git history as part of the .git folder. Only relevant if "includeGitFolder" is set. */
        'fullGitClone'?: boolean;
        /** Enable Git LFS support for the build */
        'enableGitLfs'?: boolean;
        'storage'?: {
            'ephemeralStorage'?: {
                /** Ephemeral storage per build in MB Example: 16384 */
                'storageSize'?: number;
            };
        };
    };
    'buildSettings'?: {
        'storage'?: {
            'ephemeralStorage'?: {
                /** Ephemeral storage per build in MB Example: 16384 */
                'storageSize'?: number;
            };
        };
        'dockerfile'?: {
            /** DEPRECATED: This field will be removed in the near future and currently has no effect. */
            'useCache'?: boolean;
            /** Build engine to use. Defaults to recommended build engine `buildkit` Example: "buildkit" */
            'buildEngine'?: 'buildkit' | 'kaniko';
            /** The file path of the Dockerfile. Example: "/Dockerfile" */
            'dockerFilePath'?: string;
            /** The working directory of the Dockerfile. Example: "/" */
            'dockerWorkDir'?: string;
            'buildkit'?: {
                /** Use persistent storage to cache build layers. Example: true */
                'useCache'?: boolean;
                /** The amount of persistent storage available to each build in MB. Example: 32768 */
                'cacheStorageSize'?: number;
                /** DEPRECATED: This field will be removed in the near future. */
                'useInternalCache'?: boolean;
                /** DEPRECATED: This field will be removed in the near future. */
                'internalCacheStorage'?: number;
            };
        };
        'buildpack'?: {
            /** Buildpack stack to use. Defaults to recommended stack `HEROKU_24`. Example: "HEROKU_24" */
            'builder'?: 'HEROKU_24' | 'HEROKU_22' | 'HEROKU_22_CLASSIC' | 'HEROKU_20' | 'HEROKU_18' | 'GOOGLE_22' | 'GOOGLE_V1' | 'CNB_ALPINE' | 'CNB_BIONIC' | 'PAKETO_JAMMY_TINY' | 'PAKETO_JAMMY_BASE' | 'PAKETO_JAMMY_FULL' | 'PAKETO_TINY' | 'PAKETO_BASE' | 'PAKETO_FULL';
            /** Array of custom Buildpacks to use. */
            'buildpackLocators'?: string[];
            /** The working directory to build in. Example: "/" */
            'buildContext'?: string;
            /** Should build dependencies be cached? */
            'useCache'?: boolean;
        };
    };
    /** An object containing the runtime environment to set for the job. Keys may only contain letters, numbers, hyphens, forward slashes and dots. Example: {"variable1":"abcdef","variable2":"12345"} */
    'runtimeEnvironment'?: any;
    /** Secret files as JSON object, encrypted at rest. File path must be absolute Example: {"/dir/fileName":{"data":"VGhpcyBpcyBhbiBleGFtcGxlIHdpdGggYSB0ZW1wbGF0ZWQgJHtOT0RFX0VOVn0gdmFyaWFibGU=","encoding":"utf-8"}} */
    'runtimeFiles'?: any;
    /** An object containing the build arguments to set for the job. Keys may only contain letters, numbers, hyphens, forward slashes and dots. Example: {"variable1":"abcdef","variable2":"12345"} */
    'buildArguments'?: any;
    /** Secret files as JSON object, encrypted at rest. File path must be absolute Example: {"/dir/fileName":{"data":"VGhpcyBpcyBhbiBleGFtcGxlIHdpdGggYSB0ZW1wbGF0ZWQgJHtOT0RFX0VOVn0gdmFyaWFibGU=","encoding":"utf-8"}} */
    'buildFiles'?: any;
    /** Docker secret mount contents as JSON object, encrypted at rest. Must be a valid Docker secret mount identifier Example: {"example-secret-mount_1":{"data":"VGhpcyBpcyBhbiBleGFtcGxlIHdpdGggYSB0ZW1wbGF0ZWQgJHtOT0RFX0VOVn0gdmFyaWFibGU=","encoding":"utf-8"}} */
    'dockerSecretMounts'?: any;
    /** An array of health checks. */
    'healthChecks'?: {
        /** The protocol to access the health check with. Example: "HTTP" */
        'protocol': 'HTTP' | 'CMD' | 'TCP';
        /** The type of health check. Example: "readinessProbe" */
        'type': 'livenessProbe' | 'readinessProbe' | 'startupProbe';
        /** The path of the health check endpoint. Required when protocol is HTTP. Example: "/health-check" */
        'path'?: string;
        /** The command to run for the health check. Required when protocol is CMD */
        'cmd'?: string;
        /** Port number for the health check endpoint. Required when protocol is HTTP. Example: 8080 */
        'port'?: number;
        /** Initial delay, in seconds, before the health check is first run. Example: 10 */
        'initialDelaySeconds': number;
        /** The time between each check, in seconds. Example: 60 */
        'periodSeconds': number;
        /** The time to wait for a response before marking the health check as a failure. Example: 1 */
        'timeoutSeconds': number;
        /** The maximum number of allowed failures. Example: 3 */
        'failureThreshold': number;
        /** The number of successes required to mark the health check as a success. Example: 1 */
        'successThreshold'?: number;
    }[];
    /** The number of attempts to rerun a job before it is marked as failed. */
    'backoffLimit'?: number;
    /** Configure when the job should be run if the source image changes. Example: "never" */
    'runOnSourceChange'?: 'never' | 'cd-promote' | 'always';
    /** The maximum amount of time, in seconds, for a job to run before it is marked as failed. Example: 600 */
    'activeDeadlineSeconds'?: number | null;
    /** The cron timer scheduling when to run the job. Example: "30 8 * * *" */
    'schedule'?: string | null;
    /** Whether the cron's automatic scheduling is suspended */
    'suspended'?: boolean;
    /** Whether this job should run when another instance of the job is already running. `allow` will enable multiple instances of this job to run. `forbid` will keep the current instance of the job running and stop a new instance from being run. `replace` will terminate any currently running instance of the job and start a new one. Example: "forbid" */
    'concurrencyPolicy'?: 'allow' | 'forbid' | 'replace';
};

type CreateAddonData = {
    /** The name of the addon. Example: "Example Addon" */
    'name': string;
    /** A description of the addon. Example: "An addon description" */
    'description'?: string;
    /** ID of parent project Example: "example-project" */
    'projectId'?: string;
    'stageId'?: string;
    /** An array of previously defined tags to help identify and group the resource. */
    'tags'?: string[];
    /** The identifier for the type of addon. Addon types can be found at the Get Addon Types endpoint. Example: "postgresql" */
    'type': string;
    'infrastructure'?: {
        'architecture'?: 'x86' | 'arm';
    };
    /** The version of the addon type to use. If set to `latest`, the addon will be created with the most recent addon version. If set to a major version appended with `-latest`, e.g. `14-latest` or `14.5-latest`, the addon will be created with the most recent minor/patch version belonging to that major version. Example: "latest" */
    'version': string;
    'billing': {
        /** The ID of the deployment plan to use. Example: "nf-compute-20" */
        'deploymentPlan': string;
        /** The type of storage. Only configurable if the relevant feature flag is enabled for you account Example: "nvme" */
        'storageClass'?: string;
        /** The size of the addon storage, in megabytes. Example: 6144 */
        'storage': number;
        /** The number of addon replicas to run. Example: 1 */
        'replicas': number;
        'zonalRedundancy'?: {
            /** Defines scheduling behaviour across different zones within the same region. */
            'type'?: 'required' | 'disabled';
            /** Defines how many zones are required and will prevent containers from additional scheduling into existing zones. (Only relevant if type is set to "required") */
            'minZones'?: number;
        };
    };
    /** Fork source backup for the addon */
    'source'?: {
        /** ID of the project of the source addon. Only required if not the same as target addon Example: "existing-project" */
        'projectId'?: string;
        /** ID of the addon to fork. Example: "existing-addon" */
        'addonId': string;
        /** ID of a backup belonging to that addon to use for the fork. Example: "existing-backup" */
        'backupId': string;
    } | {
        /** Uid of the backup Example: "6d542e24-5d9f-4ecf-80a5-e80724b9133e" */
        'backupUid': string;
    };
    /** Enables access to the addon via TLS (if supported by the addon type). */
    'tlsEnabled'?: boolean;
    /** Enables external access to the addon via TLS (if supported by the addon type). */
    'externalAccessEnabled'?: boolean;
    /** An array of IP address policies. */
    'ipPolicies'?: {
        /** An array of IP addresses used for this rule */
        'addresses': string[];
        /** The action for this rule. Example: "DENY" */
        'action': 'ALLOW' | 'DENY';
    }[];
    'typeSpecificSettings'?: {
        /** Redis only: Key eviction policy at memory pressure. */
        'redisMaxMemoryPolicy'?: 'noeviction' | 'allkeys-lru' | 'allkeys-lfu' | 'volatile-lru' | 'volatile-lfu' | 'allkeys-random' | 'volatile-random' | 'volatile-ttl' | 'volatile-lrm' | 'allkeys-lrm';
        /** Redis only: Deploy Redis with Sentinel high availability. Default: false */
        'redisSentinelEnabled'?: boolean;
        /** PostgreSQL only: Configure wal_level setting. */
        'postgresqlWalLevel'?: 'replica' | 'logical';
        /** PostgreSQL only: Enable Supabase mode. */
        'postgresqlSupabaseMode'?: boolean;
        /** PostgreSQL only: Run connection pooler in front of postgres instance. */
        'postgresqlConnectionPoolerEnabled'?: boolean;
        /** PostgreSQL only: Number of connection pooler replicas in case connection pooler is enabled. */
        'postgresqlConnectionPoolerReplicas'?: number;
        /** PostgreSQL only: Run connection pooler in front of read-only postgres instance. */
        'postgresqlReadConnectionPoolerEnabled'?: boolean;
        /** PostgreSQL only: Number of read-only connection pooler replicas in case read-only connection pooler is enabled. */
        'postgresqlReadConnectionPoolerReplicas'?: number;
        /** PostgreSQL only: Configure PostgreSQL for higher import speed. Not recommended for production workloads. */
        'postgresqlImportMode'?: boolean;
        /** MySQL only: Run MySQL in HA configuration with auto-failover and connection poolers. */
        'mysqlHaModeEnabled'?: boolean;
        /** MysqlHA only: Number of connection router replicas in case connection router is enabled. */
        'mysqlRouterReplicas'?: number;
    };
    'customCredentials'?: {
        /** Custom database name. Not supported for all addon types. */
        'dbName'?: string;
    };
    'backupSchedules'?: {
        /** Schedule for the backup. */
        'scheduling': {
            /** The interval between backups. Each addon can only have one backup schedule of each interval for each backup type. Example: "weekly" */
            'interval': 'hourly' | 'daily' | 'weekly';
            /** An array of minutes when the backup should be performed. */
            'minute': number[];
            /** An array of hours in 24 hour format when the backup should be performed. At these hours, a backup will be performed at each of the minutes provided in the `minute` field. Required for `daily` and `weekly` intervals and unavailable for `hourly` intervals. */
            'hour'?: number[];
            /** An array of days of the week when the backup should be performed, where `0` represents Monday and `6` represents Sunday. On these days, a backup will be performed at each of the minutes provided in the `minute` field whenever it is an hour from the `hour` field. Required for `weekly` intervals and unavailable for `hourly` and `daily` intervals. */
            'day'?: number[];
        };
        /** The type of the backup to be performed. Example: "snapshot" */
        'backupType': 'dump' | 'snapshot';
        'customDestinationId'?: string;
        /** List of destinations for which a backup should be created of this backup. Only applicable for snapshot backups. */
        'additionalDestinations'?: {
            /** Additional custom back up destination that should be used to store the snapshot. Example: "example-backup-destination" */
            'destinationId': string;
            /** Retention time of the additional back up in days. */
            'retentionTime'?: number;
            /** The type of backup destination to use Example: "custom" */
            'type': 'custom';
        }[];
        /** The compression algorithm of the backup. Only applicable for dump backups. Defaults to `gz`. Example: "gz" */
        'compressionType'?: 'gz' | 'zstd';
        /** The time the backup is retained for, in days. Example: 7 */
        'retentionTime': number;
    }[];
    /** Allow setting custom labels and annotations for workloads. */
    'metadata'?: {
        /** Specify custom labels for the workload. */
        'labels'?: any;
        /** Specify custom annotations for the workload as string or object. */
        'annotations'?: any;
    };
} | {
    /** The name of the addon. Example: "Example Addon" */
    'name': string;
    /** A description of the addon. Example: "An addon description" */
    'description'?: string;
    /** ID of parent project Example: "example-project" */
    'projectId'?: string;
    'stageId'?: string;
    /** An array of previously defined tags to help identify and group the resource. */
    'tags'?: string[];
    /** The identifier for the type of addon. Addon types can be found at the Get Addon Types endpoint. Example: "postgresql" */
    'type': string;
    'infrastructure'?: {
        'architecture'?: 'x86' | 'arm';
    };
    /** The template values to be passed to the templating engine. Example: "{\"replicas\": 2}" */
    'templateValues'?: any;
};

type PutAddonData = {
    /** The name of the addon. Example: "Example Addon" */
    'name': string;
    /** A description of the addon. Example: "An addon description" */
    'description'?: string;
    /** ID of parent project Example: "example-project" */
    'projectId'?: string;
    'stageId'?: string;
    /** An array of previously defined tags to help identify and group the resource. */
    'tags'?: string[];
    /** The identifier for the type of addon. Addon types can be found at the Get Addon Types endpoint. Example: "postgresql" */
    'type': string;
    'infrastructure'?: {
        'architecture'?: 'x86' | 'arm';
    };
    /** The version of the addon type to use. If set to `latest`, the addon will be created with the most recent addon version. If set to a major version appended with `-latest`, e.g. e.g. `14-latest` or `14.5-latest`, the addon will be created with the most recent minor/patch version belonging to that major version. Example: "latest" */
    'version': string;
    'billing': {
        /** The ID of the deployment plan to use. Example: "nf-compute-20" */
        'deploymentPlan': string;
        /** The type of storage. Only configurable if the relevant feature flag is enabled for you account Example: "nvme" */
        'storageClass'?: string;
        /** The size of the addon storage, in megabytes. Example: 6144 */
        'storage': number;
        /** The number of addon replicas to run. Example: 1 */
        'replicas': number;
        'zonalRedundancy'?: {
            /** Defines scheduling behaviour across different zones within the same region. */
            'type'?: 'required' | 'disabled';
            /** Defines how many zones are required and will prevent containers from additional scheduling into existing zones. (Only relevant if type is set to "required") */
            'minZones'?: number;
        };
    };
    /** Fork source backup for the addon */
    'source'?: {
        /** ID of the project of the source addon. Only required if not the same as target addon Example: "existing-project" */
        'projectId'?: string;
        /** ID of the addon to fork. Example: "existing-addon" */
        'addonId': string;
        /** ID of a backup belonging to that addon to use for the fork. Example: "existing-backup" */
        'backupId': string;
    } | {
        /** Uid of the backup Example: "6d542e24-5d9f-4ecf-80a5-e80724b9133e" */
        'backupUid': string;
    };
    /** Enables access to the addon via TLS (if supported by the addon type). */
    'tlsEnabled'?: boolean;
    /** Enables external access to the addon via TLS (if supported by the addon type). */
    'externalAccessEnabled'?: boolean;
    /** An array of IP address policies. */
    'ipPolicies'?: {
        /** An array of IP addresses used for this rule */
        'addresses': string[];
        /** The action for this rule. Example: "DENY" */
        'action': 'ALLOW' | 'DENY';
    }[];
    'typeSpecificSettings'?: {
        /** Redis only: Key eviction policy at memory pressure. */
        'redisMaxMemoryPolicy'?: 'noeviction' | 'allkeys-lru' | 'allkeys-lfu' | 'volatile-lru' | 'volatile-lfu' | 'allkeys-random' | 'volatile-random' | 'volatile-ttl' | 'volatile-lrm' | 'allkeys-lrm';
        /** Redis only: Deploy Redis with Sentinel high availability. Default: false */
        'redisSentinelEnabled'?: boolean;
        /** PostgreSQL only: Configure wal_level setting. */
        'postgresqlWalLevel'?: 'replica' | 'logical';
        /** PostgreSQL only: Enable Supabase mode. */
        'postgresqlSupabaseMode'?: boolean;
        /** PostgreSQL only: Run connection pooler in front of postgres instance. */
        'postgresqlConnectionPoolerEnabled'?: boolean;
        /** PostgreSQL only: Number of connection pooler instances in case connection pooler is enabled. */
        'postgresqlConnectionPoolerReplicas'?: number;
        /** PostgreSQL only: Run connection pooler in front of read-only postgres instance. */
        'postgresqlReadConnectionPoolerEnabled'?: boolean;
        /** PostgreSQL only: Number of read-only connection pooler replicas in case read-only connection pooler is enabled. */
        'postgresqlReadConnectionPoolerReplicas'?: number;
        /** PostgreSQL only: Configure PostgreSQL for higher import speed. Not recommended for production workloads. */
        'postgresqlImportMode'?: boolean;
        /** MySQL only: Run MySQL in HA configuration with auto-failover and connection poolers. */
        'mysqlHaModeEnabled'?: boolean;
        /** MysqlHA only: Number of connection router replicas in case connection router is enabled. */
        'mysqlRouterReplicas'?: number;
    };
    'customCredentials'?: {
        /** Custom database name. Not supported for all addon types. */
        'dbName'?: string;
    };
    'backupSchedules'?: {
        /** Schedule for the backup. */
        'scheduling': {
            /** The interval between backups. Each addon can only have one backup schedule of each interval for each backup type. Example: "weekly" */
            'interval': 'hourly' | 'daily' | 'weekly';
            /** An array of minutes when the backup should be performed. */
            'minute': number[];
            /** An array of hours in 24 hour format when the backup should be performed. At these hours, a backup will be performed at each of the minutes provided in the `minute` field. Required for `daily` and `weekly` intervals and unavailable for `hourly` intervals. */
            'hour'?: number[];
            /** An array of days of the week when the backup should be performed, where `0` represents Monday and `6` represents Sunday. On these days, a backup will be performed at each of the minutes provided in the `minute` field whenever it is an hour from the `hour` field. Required for `weekly` intervals and unavailable for `hourly` and `daily` intervals. */
            'day'?: number[];
        };
        /** The type of the backup to be performed. Example: "snapshot" */
        'backupType': 'dump' | 'snapshot';
        'customDestinationId'?: string;
        /** List of destinations for which a backup should be created of this backup. Only applicable for snapshot backups. */
        'additionalDestinations'?: {
            /** Additional custom back up destination that should be used to store the snapshot. Example: "example-backup-destination" */
            'destinationId': string;
            /** Retention time of the additional back up in days. */
            'retentionTime'?: number;
            /** The type of backup destination to use Example: "custom" */
            'type': 'custom';
        }[];
        /** The compression algorithm of the backup. Only applicable for dump backups. Defaults to `gz`. Example: "gz" */
        'compressionType'?: 'gz' | 'zstd';
        /** The time the backup is retained for, in days. Example: 7 */
        'retentionTime': number;
    }[];
    /** Allow setting custom labels and annotations for workloads. */
    'metadata'?: {
        /** Specify custom labels for the workload. */
        'labels'?: any;
        /** Specify custom annotations for the workload as string or object. */
        'annotations'?: any;
    };
} | {
    /** The name of the addon. Example: "Example Addon" */
    'name': string;
    /** A description of the addon. Example: "An addon description" */
    'description'?: string;
    /** ID of parent project Example: "example-project" */
    'projectId'?: string;
    'stageId'?: string;
    /** An array of previously defined tags to help identify and group the resource. */
    'tags'?: string[];
    /** The identifier for the type of addon. Addon types can be found at the Get Addon Types endpoint. Example: "postgresql" */
    'type': string;
    'infrastructure'?: {
        'architecture'?: 'x86' | 'arm';
    };
    /** The template values to be passed to the templating engine. Example: "{\"replicas\": 2}" */
    'templateValues'?: any;
};

type PatchAddonData = {
    /** A description of the addon. Example: "An addon description" */
    'description'?: string;
    'stageId'?: string | null;
    /** An array of previously defined tags to help identify and group the resource. */
    'tags'?: string[];
    /** The version of the addon type to use. If set to `latest`, the addon will be created with the most recent addon version. If set to a major version appended with `-latest`, e.g. e.g. `14-latest` or `14.5-latest`, the addon will be created with the most recent minor/patch version belonging to that major version. Example: "latest" */
    'version'?: string;
    'billing'?: {
        /** The ID of the deployment plan to use. Example: "nf-compute-20" */
        'deploymentPlan'?: string;
        /** The type of storage. Only configurable if the relevant feature flag is enabled for you account Example: "nvme" */
        'storageClass'?: string;
        /** The size of the addon storage, in megabytes. Example: 6144 */
        'storage'?: number;
        /** The number of addon replicas to run. Example: 1 */
        'replicas'?: number;
    };
    /** Enables access to the addon via TLS (if supported by the addon type). */
    'tlsEnabled'?: boolean;
    /** Enables external access to the addon via TLS (if supported by the addon type). */
    'externalAccessEnabled'?: boolean;
    /** An array of IP address policies. */
    'ipPolicies'?: {
        /** An array of IP addresses used for this rule */
        'addresses': string[];
        /** The action for this rule. Example: "DENY" */
        'action': 'ALLOW' | 'DENY';
    }[];
    'typeSpecificSettings'?: {
        /** Redis only: Key eviction policy at memory pressure. */
        'redisMaxMemoryPolicy'?: 'noeviction' | 'allkeys-lru' | 'allkeys-lfu' | 'volatile-lru' | 'volatile-lfu' | 'allkeys-random' | 'volatile-random' | 'volatile-ttl' | 'volatile-lrm' | 'allkeys-lrm';
        /** Redis only: Deploy Redis with Sentinel high availability. Default: false */
        'redisSentinelEnabled'?: boolean;
        /** PostgreSQL only: Configure wal_level setting. */
        'postgresqlWalLevel'?: 'replica' | 'logical';
        /** PostgreSQL only: Enable Supabase mode. */
        'postgresqlSupabaseMode'?: boolean;
        /** PostgreSQL only: Run connection pooler in front of postgres instance. */
        'postgresqlConnectionPoolerEnabled'?: boolean;
        /** PostgreSQL only: Number of connection pooler instances in case connection pooler is enabled. */
        'postgresqlConnectionPoolerReplicas'?: number;
        /** PostgreSQL only: Run connection pooler in front of read-only postgres instance. */
        'postgresqlReadConnectionPoolerEnabled'?: boolean;
        /** PostgreSQL only: Number of read-only connection pooler replicas in case read-only connection pooler is enabled. */
        'postgresqlReadConnectionPoolerReplicas'?: number;
        /** PostgreSQL only: Configure PostgreSQL for higher import speed. Not recommended for production workloads. */
        'postgresqlImportMode'?: boolean;
        /** MySQL only: Run MySQL in HA configuration with auto-failover and connection poolers. */
        'mysqlHaModeEnabled'?: boolean;
        /** MysqlHA only: Number of connection router replicas in case connection router is enabled. */
        'mysqlRouterReplicas'?: number;
    };
    'backupSchedules'?: {
        /** Schedule for the backup. */
        'scheduling': {
            /** The interval between backups. Each addon can only have one backup schedule of each interval for each backup type. Example: "weekly" */
            'interval': 'hourly' | 'daily' | 'weekly';
            /** An array of minutes when the backup should be performed. */
            'minute': number[];
            /** An array of hours in 24 hour format when the backup should be performed. At these hours, a backup will be performed at each of the minutes provided in the `minute` field. Required for `daily` and `weekly` intervals and unavailable for `hourly` intervals. */
            'hour'?: number[];
            /** An array of days of the week when the backup should be performed, where `0` represents Monday and `6` represents Sunday. On these days, a backup will be performed at each of the minutes provided in the `minute` field whenever it is an hour from the `hour` field. Required for `weekly` intervals and unavailable for `hourly` and `daily` intervals. */
            'day'?: number[];
        };
        /** The type of the backup to be performed. Example: "snapshot" */
        'backupType': 'dump' | 'snapshot';
        'customDestinationId'?: string;
        /** List of destinations for which a backup should be created of this backup. Only applicable for snapshot backups. */
        'additionalDestinations'?: {
            /** Additional custom back up destination that should be used to store the snapshot. Example: "example-backup-destination" */
            'destinationId': string;
            /** Retention time of the additional back up in days. */
            'retentionTime'?: number;
            /** The type of backup destination to use Example: "custom" */
            'type': 'custom';
        }[];
        /** The compression algorithm of the backup. Only applicable for dump backups. Defaults to `gz`. Example: "gz" */
        'compressionType'?: 'gz' | 'zstd';
        /** The time the backup is retained for, in days. Example: 7 */
        'retentionTime': number;
    }[];
    /** Allow setting custom labels and annotations for workloads. */
    'metadata'?: {
        /** Specify custom labels for the workload. */
        'labels'?: any;
        /** Specify custom annotations for the workload as string or object. */
        'annotations'?: any;
    };
} | {
    /** A description of the addon. Example: "An addon description" */
    'description'?: string;
    'stageId'?: string | null;
    /** An array of previously defined tags to help identify and group the resource. */
    'tags'?: string[];
    /** The template values to be passed to the templating engine. Example: "{\"replicas\": 2}" */
    'templateValues'?: any;
};

type CreateSecretData = {
    /** The name of the secret. Example: "Example Secret" */
    'name': string;
    /** A description of the secret. Example: "A description" */
    'description'?: string;
    'stageId'?: string;
    /** An array of previously defined tags to help identify and group the resource. */
    'tags'?: string[];
    /** The hierarchy type of the created secret. Example: "secret" */
    'type'?: 'secret' | 'config';
    /** The injection scope of the created secret Example: "environment" */
    'secretType': 'environment-arguments' | 'environment' | 'arguments';
    /** The priority with which different secrets will be merged. Example: 10 */
    'priority': number;
    /** Restriction settings of the secret */
    'restrictions'?: {
        /** Whether the secret is restricted to specific resources. If this is `true`, only resources listed in `nfObjects` or with a tag listed in `tags` will have access to these secrets. Otherwise, all resources in the project will be able to access it. Example: true */
        'restricted'?: boolean;
        /** List of Northflank services & jobs the secret is restricted to */
        'nfObjects'?: {
            /** ID of the entity the secret is restricted to. Example: "example-service" */
            'id': string;
            /** Type of the entity the secret is restricted to. Example: "service" */
            'type': 'service' | 'job';
        }[];
        /** List of tags the secret is restricted to. */
        'tags'?: string[];
        /** If all or any of the tags must be present on the target for it to match the condition. Example: "or" */
        'tagMatchCondition'?: 'and' | 'or';
    };
    /** An array of addons to link to this secret group. */
    'addonDependencies'?: {
        /** The id of the addon to link. Example: "example-addon" */
        'addonId': string;
        /** An array of objects containing details about the keys to link to this secret group. */
        'keys': {
            /** The name of the key to link. Example: "USERNAME" */
            'keyName': string;
            /** An array of aliases for the key. */
            'aliases'?: string[];
        }[];
    }[];
    /** An array of external addons to link to this secret group. */
    'externalAddonDependencies'?: {
        /** The id of the external addon to link. Example: "example-addon" */
        'addonId': string;
        /** An array of objects containing details about the keys to link to this secret group. */
        'keys': {
            /** The name of the key to link. Example: "USERNAME" */
            'keyName': string;
            /** An array of aliases for the key. */
            'aliases'?: string[];
        }[];
    }[];
    'secrets'?: {
        /** Secret variables as JSON object, encrypted at rest. Keys may only contain letters, numbers, hyphens, forward slashes and dots. Example: {"NODE_ENV":"production","MONGO_DB":"some_connection_string"} */
        'variables'?: any;
        /** Secret files as JSON object, encrypted at rest. File path must be absolute Example: {"/dir/fileName":{"data":"VGhpcyBpcyBhbiBleGFtcGxlIHdpdGggYSB0ZW1wbGF0ZWQgJHtOT0RFX0VOVn0gdmFyaWFibGU=","encoding":"utf-8"}} */
        'files'?: any;
        /** Docker secret mount contents as JSON object, encrypted at rest. Must be a valid Docker secret mount identifier Example: {"example-secret-mount_1":{"data":"VGhpcyBpcyBhbiBleGFtcGxlIHdpdGggYSB0ZW1wbGF0ZWQgJHtOT0RFX0VOVn0gdmFyaWFibGU=","encoding":"utf-8"}} */
        'dockerSecretMounts'?: any;
    };
};

type PutSecretData = {
    /** The name of the secret. Example: "Example Secret" */
    'name': string;
    /** A description of the secret. Example: "A description" */
    'description'?: string;
    'stageId'?: string;
    /** An array of previously defined tags to help identify and group the resource. */
    'tags'?: string[];
    /** The hierarchy type of the created secret. Example: "secret" */
    'type'?: 'secret' | 'config';
    /** The injection scope of the created secret Example: "environment" */
    'secretType': 'environment-arguments' | 'environment' | 'arguments';
    /** The priority with which different secrets will be merged. Example: 10 */
    'priority': number;
    /** Restriction settings of the secret */
    'restrictions'?: {
        /** Whether the secret is restricted to specific resources. If this is `true`, only resources listed in `nfObjects` or with a tag listed in `tags` will have access to these secrets. Otherwise, all resources in the project will be able to access it. Example: true */
        'restricted'?: boolean;
        /** List of Northflank services & jobs the secret is restricted to */
        'nfObjects'?: {
            /** ID of the entity the secret is restricted to. Example: "example-service" */
            'id': string;
            /** Type of the entity the secret is restricted to. Example: "service" */
            'type': 'service' | 'job';
        }[];
        /** List of tags the secret is restricted to. */
        'tags'?: string[];
        /** If all or any of the tags must be present on the target for it to match the condition. Example: "or" */
        'tagMatchCondition'?: 'and' | 'or';
    };
    /** An array of addons to link to this secret group. */
    'addonDependencies'?: {
        /** The id of the addon to link. Example: "example-addon" */
        'addonId': string;
        /** An array of objects containing details about the keys to link to this secret group. */
        'keys': {
            /** The name of the key to link. Example: "USERNAME" */
            'keyName': string;
            /** An array of aliases for the key. */
            'aliases'?: string[];
        }[];
    }[];
    /** An array of external addons to link to this secret group. */
    'externalAddonDependencies'?: {
        /** The id of the external addon to link. Example: "example-addon" */
        'addonId': string;
        /** An array of objects containing details about the keys to link to this secret group. */
        'keys': {
            /** The name of the key to link. Example: "USERNAME" */
            'keyName': string;
            /** An array of aliases for the key. */
            'aliases'?: string[];
        }[];
    }[];
    'secrets'?: {
        /** Secret variables as JSON object, encrypted at rest. Keys may only contain letters, numbers, hyphens, forward slashes and dots. Example: {"NODE_ENV":"production","MONGO_DB":"some_connection_string"} */
        'variables'?: any;
        /** Secret files as JSON object, encrypted at rest. File path must be absolute Example: {"/dir/fileName":{"data":"VGhpcyBpcyBhbiBleGFtcGxlIHdpdGggYSB0ZW1wbGF0ZWQgJHtOT0RFX0VOVn0gdmFyaWFibGU=","encoding":"utf-8"}} */
        'files'?: any;
        /** Docker secret mount contents as JSON object, encrypted at rest. Must be a valid Docker secret mount identifier Example: {"example-secret-mount_1":{"data":"VGhpcyBpcyBhbiBleGFtcGxlIHdpdGggYSB0ZW1wbGF0ZWQgJHtOT0RFX0VOVn0gdmFyaWFibGU=","encoding":"utf-8"}} */
        'dockerSecretMounts'?: any;
    };
};

type PatchSecretData = {
    /** A description of the secret. Example: "A description" */
    'description'?: string;
    'stageId'?: string | null;
    /** An array of previously defined tags to help identify and group the resource. */
    'tags'?: string[];
    /** The hierarchy type of the created secret. Example: "secret" */
    'type'?: 'secret' | 'config';
    /** The injection scope of the created secret Example: "environment" */
    'secretType'?: 'environment-arguments' | 'environment' | 'arguments';
    /** The priority with which different secrets will be merged. Example: 10 */
    'priority'?: number;
    'restrictions'?: {
        /** Whether the secret is restricted to specific resources. If this is `true`, only resources listed in `nfObjects` or with a tag listed in `tags` will have access to these secrets. Otherwise, all resources in the project will be able to access it. Example: true */
        'restricted'?: boolean;
        /** List of Northflank services & jobs the secret is restricted to */
        'nfObjects'?: {
            /** ID of the entity the secret is restricted to. Example: "example-service" */
            'id': string;
            /** Type of the entity the secret is restricted to. Example: "service" */
            'type': 'service' | 'job';
        }[];
        /** List of tags the secret is restricted to. */
        'tags'?: string[];
        /** If all or any of the tags must be present on the target for it to match the condition. Example: "or" */
        'tagMatchCondition'?: 'and' | 'or';
    };
    /** An array of addons to link to this secret group. */
    'addonDependencies'?: {
        /** The id of the addon to link. Example: "example-addon" */
        'addonId': string;
        /** An array of objects containing details about the keys to link to this secret group. */
        'keys': {
            /** The name of the key to link. Example: "USERNAME" */
            'keyName': string;
            /** An array of aliases for the key. */
            'aliases'?: string[];
        }[];
    }[];
    /** An array of external addons to link to this secret group. */
    'externalAddonDependencies'?: {
        /** The id of the external addon to link. Example: "example-addon" */
        'addonId': string;
        /** An array of objects containing details about the keys to link to this secret group. */
        'keys': {
            /** The name of the key to link. Example: "USERNAME" */
            'keyName': string;
            /** An array of aliases for the key. */
            'aliases'?: string[];
        }[];
    }[];
    'secrets'?: {
        /** Secret variables as JSON object, encrypted at rest. Keys may only contain letters, numbers, hyphens, forward slashes and dots. Example: {"NODE_ENV":"production","MONGO_DB":"some_connection_string"} */
        'variables'?: any;
        /** Secret files as JSON object, encrypted at rest. File path must be absolute Example: {"/dir/fileName":{"data":"VGhpcyBpcyBhbiBleGFtcGxlIHdpdGggYSB0ZW1wbGF0ZWQgJHtOT0RFX0VOVn0gdmFyaWFibGU=","encoding":"utf-8"}} */
        'files'?: any;
        /** Docker secret mount contents as JSON object, encrypted at rest. Must be a valid Docker secret mount identifier Example: {"example-secret-mount_1":{"data":"VGhpcyBpcyBhbiBleGFtcGxlIHdpdGggYSB0ZW1wbGF0ZWQgJHtOT0RFX0VOVn0gdmFyaWFibGU=","encoding":"utf-8"}} */
        'dockerSecretMounts'?: any;
    };
};

type CreateVolumeData = {
    /** The name of the volume. Example: "Example Volume" */
    'name': string;
    'stageId'?: string;
    /** An array of previously defined tags to help identify and group the resource. */
    'tags'?: string[];
    /** Array of mounts, containerMountPaths must be unique */
    'mounts': {
        /** Optionally specify the path inside this volume that should be mounted */
        'volumeMountPath'?: string;
        /** Specify the path into which the volume should be mounted Example: "/container" */
        'containerMountPath': string;
    }[];
    /** Example storage schema */
    'spec': {
        /** Access mode of the volume. Only `ReadWriteOnce` is generally available. */
        'accessMode': 'ReadWriteOnce' | 'ReadWriteMany';
        /** The type of the storage. Example: "ssd" */
        'storageClassName'?: string;
        /** The size of the storage, in megabytes. Configurable sizes depend on the storage class. Example: 6144 */
        'storageSize': number;
    };
    'source'?: {
        'type': 'volume' | 'backup';
        /** The ID of the source object */
        'sourceId': string;
    };
    /** DEPRECATED: The object to attach this volume to. */
    'owningObject'?: {
        /** The id of object to attach this volume to. */
        'id': string;
        /** The type of the object to attach this volume to. */
        'type': 'service' | 'job';
    };
    /** Array of objects this volume is attached to. */
    'attachedObjects'?: {
        /** The id of object to attach this volume to. Example: "example-service" */
        'id': string;
        /** The type of the object to attach this volume to. Example: "service" */
        'type': 'service' | 'job';
    }[];
};

type UpdateVolumeData = {
    /** Array of mounts, containerMountPaths must be unique */
    'mounts'?: {
        /** Optionally specify the path inside this volume that should be mounted */
        'volumeMountPath'?: string;
        /** Specify the path into which the volume should be mounted Example: "/container" */
        'containerMountPath': string;
    }[];
    'spec'?: {
        /** The size of the storage, in megabytes. Configurable sizes depend on the storage class. Example: 6144 */
        'storageSize'?: number;
    };
};

type CreateProjectData = {
    /** The name of the project. Example: "New Project" */
    'name': string;
    /** The description of the project. Example: "This is a new project." */
    'description'?: string;
    /** The color of the project in the Northflank App. Example: "#EF233C" */
    'color'?: string;
    /** The region the project will be hosted in. Example: "europe-west" */
    'region'?: string;
    /** Advanced project networking settings. */
    'networking'?: {
        /** Projects from which ingress request should be permitted. */
        'allowedIngressProjects'?: string[];
        /** Defines this project's Tailscale sidecar settings */
        'tailscale'?: {
            /** Whether or not to inject a Tailscale sidecar for this project's resources */
            'enabled'?: boolean;
            /** Tailscale tags to apply to generated auth keys, must match with the tags applied when creating the OAuth Client. */
            'authKeyTags'?: string[];
            'restrictions'?: {
                /** Whether or not to restrict the settings to resources with specific tags */
                'enabled': boolean;
                /** The tags which determine the resources the settings should be applied to */
                'tags'?: string[];
                /** If all or any of the tags must be present on the target for it to match the condition. Example: "or" */
                'tagMatchCondition'?: 'and' | 'or';
            };
            'options'?: {
                /** Apply the Tailscale configuration to addons. */
                'applyToAddons'?: boolean;
                /** Apply the Tailscale configuration to addon jobs (backups, restores). */
                'applyToAddonJobs'?: boolean;
                /** Automatically restart applicable services when the auth key is regenerated */
                'autoRedeployOnRegeneration'?: boolean;
            };
            'tailscaleOptions'?: {
                /** Accept advertised routes from the Tailscale network */
                'acceptRoutes'?: boolean;
            };
            /** Relevant Tailscale secrets */
            'secrets'?: {
                /** Tailscale OAuth client ID (required for generating auth keys for Tailscale) */
                'clientId': string;
                /** Tailscale OAuth client secret (required for generating auth keys for Tailscale) */
                'clientSecret': string;
            };
        };
        /** Defines the project host alias overrides to apply to /etc/hosts in resource containers */
        'hostAliases'?: {
            /** Enable support for adding /etc/hosts overrides for a container */
            'enabled'?: boolean;
            /** Entries to add to /etc/hosts */
            'hostEntries'?: {
                'ipAddress': string;
                'hostnames': string[];
            }[];
            'restrictions'?: {
                /** Whether or not to restrict the settings to resources with specific tags */
                'enabled': boolean;
                /** The tags which determine the resources the settings should be applied to */
                'tags'?: string[];
                /** If all or any of the tags must be present on the target for it to match the condition. Example: "or" */
                'tagMatchCondition'?: 'and' | 'or';
            };
        };
    };
} | {
    /** The name of the project. Example: "New Project" */
    'name': string;
    /** The description of the project. Example: "This is a new project." */
    'description'?: string;
    /** The color of the project in the Northflank App. Example: "#EF233C" */
    'color'?: string;
    /** The BYOC cluster this project will be hosted in. Example: "gcp-cluster-1" */
    'clusterId'?: string;
    /** Advanced project networking settings. */
    'networking'?: {
        /** Projects from which ingress request should be permitted. */
        'allowedIngressProjects'?: string[];
        /** Defines this project's Tailscale sidecar settings */
        'tailscale'?: {
            /** Whether or not to inject a Tailscale sidecar for this project's resources */
            'enabled'?: boolean;
            /** Tailscale tags to apply to generated auth keys, must match with the tags applied when creating the OAuth Client. */
            'authKeyTags'?: string[];
            'restrictions'?: {
                /** Whether or not to restrict the settings to resources with specific tags */
                'enabled': boolean;
                /** The tags which determine the resources the settings should be applied to */
                'tags'?: string[];
                /** If all or any of the tags must be present on the target for it to match the condition. Example: "or" */
                'tagMatchCondition'?: 'and' | 'or';
            };
            'options'?: {
                /** Apply the Tailscale configuration to addons. */
                'applyToAddons'?: boolean;
                /** Apply the Tailscale configuration to addon jobs (backups, restores). */
                'applyToAddonJobs'?: boolean;
                /** Automatically restart applicable services when the auth key is regenerated */
                'autoRedeployOnRegeneration'?: boolean;
            };
            'tailscaleOptions'?: {
                /** Accept advertised routes from the Tailscale network */
                'acceptRoutes'?: boolean;
            };
            /** Relevant Tailscale secrets */
            'secrets'?: {
                /** Tailscale OAuth client ID (required for generating auth keys for Tailscale) */
                'clientId': string;
                /** Tailscale OAuth client secret (required for generating auth keys for Tailscale) */
                'clientSecret': string;
            };
        };
        /** Defines the project host alias overrides to apply to /etc/hosts in resource containers */
        'hostAliases'?: {
            /** Enable support for adding /etc/hosts overrides for a container */
            'enabled'?: boolean;
            /** Entries to add to /etc/hosts */
            'hostEntries'?: {
                'ipAddress': string;
                'hostnames': string[];
            }[];
            'restrictions'?: {
                /** Whether or not to restrict the settings to resources with specific tags */
                'enabled': boolean;
                /** The tags which determine the resources the settings should be applied to */
                'tags'?: string[];
                /** If all or any of the tags must be present on the target for it to match the condition. Example: "or" */
                'tagMatchCondition'?: 'and' | 'or';
            };
        };
    };
};

type PutProjectData = {
    /** The name of the project. Example: "New Project" */
    'name': string;
    /** The description of the project. Example: "This is a new project." */
    'description'?: string;
    /** The color of the project in the Northflank App. Example: "#EF233C" */
    'color'?: string;
    /** The region the project will be hosted in. Example: "europe-west" */
    'region'?: string;
    /** Advanced project networking settings. */
    'networking'?: {
        /** Projects from which ingress request should be permitted. */
        'allowedIngressProjects'?: string[];
        /** Defines this project's Tailscale sidecar settings */
        'tailscale'?: {
            /** Whether or not to inject a Tailscale sidecar for this project's resources */
            'enabled'?: boolean;
            /** Tailscale tags to apply to generated auth keys, must match with the tags applied when creating the OAuth Client. */
            'authKeyTags'?: string[];
            'restrictions'?: {
                /** Whether or not to restrict the settings to resources with specific tags */
                'enabled': boolean;
                /** The tags which determine the resources the settings should be applied to */
                'tags'?: string[];
                /** If all or any of the tags must be present on the target for it to match the condition. Example: "or" */
                'tagMatchCondition'?: 'and' | 'or';
            };
            'options'?: {
                /** Apply the Tailscale configuration to addons. */
                'applyToAddons'?: boolean;
                /** Apply the Tailscale configuration to addon jobs (backups, restores). */
                'applyToAddonJobs'?: boolean;
                /** Automatically restart applicable services when the auth key is regenerated */
                'autoRedeployOnRegeneration'?: boolean;
            };
            'tailscaleOptions'?: {
                /** Accept advertised routes from the Tailscale network */
                'acceptRoutes'?: boolean;
            };
            /** Relevant Tailscale secrets */
            'secrets'?: {
                /** Tailscale OAuth client ID (required for generating auth keys for Tailscale) */
                'clientId': string;
                /** Tailscale OAuth client secret (required for generating auth keys for Tailscale) */
                'clientSecret': string;
            };
        };
        /** Defines the project host alias overrides to apply to /etc/hosts in resource containers */
        'hostAliases'?: {
            /** Enable support for adding /etc/hosts overrides for a container */
            'enabled'?: boolean;
            /** Entries to add to /etc/hosts */
            'hostEntries'?: {
                'ipAddress': string;
                'hostnames': string[];
            }[];
            'restrictions'?: {
                /** Whether or not to restrict the settings to resources with specific tags */
                'enabled': boolean;
                /** The tags which determine the resources the settings should be applied to */
                'tags'?: string[];
                /** If all or any of the tags must be present on the target for it to match the condition. Example: "or" */
                'tagMatchCondition'?: 'and' | 'or';
            };
        };
    };
} | {
    /** The name of the project. Example: "New Project" */
    'name': string;
    /** The description of the project. Example: "This is a new project." */
    'description'?: string;
    /** The color of the project in the Northflank App. Example: "#EF233C" */
    'color'?: string;
    /** The BYOC cluster this project will be hosted in. Example: "gcp-cluster-1" */
    'clusterId'?: string;
    /** Advanced project networking settings. */
    'networking'?: {
        /** Projects from which ingress request should be permitted. */
        'allowedIngressProjects'?: string[];
        /** Defines this project's Tailscale sidecar settings */
        'tailscale'?: {
            /** Whether or not to inject a Tailscale sidecar for this project's resources */
            'enabled'?: boolean;
            /** Tailscale tags to apply to generated auth keys, must match with the tags applied when creating the OAuth Client. */
            'authKeyTags'?: string[];
            'restrictions'?: {
                /** Whether or not to restrict the settings to resources with specific tags */
                'enabled': boolean;
                /** The tags which determine the resources the settings should be applied to */
                'tags'?: string[];
                /** If all or any of the tags must be present on the target for it to match the condition. Example: "or" */
                'tagMatchCondition'?: 'and' | 'or';
            };
            'options'?: {
                /** Apply the Tailscale configuration to addons. */
                'applyToAddons'?: boolean;
                /** Apply the Tailscale configuration to addon jobs (backups, restores). */
                'applyToAddonJobs'?: boolean;
                /** Automatically restart applicable services when the auth key is regenerated */
                'autoRedeployOnRegeneration'?: boolean;
            };
            'tailscaleOptions'?: {
                /** Accept advertised routes from the Tailscale network */
                'acceptRoutes'?: boolean;
            };
            /** Relevant Tailscale secrets */
            'secrets'?: {
                /** Tailscale OAuth client ID (required for generating auth keys for Tailscale) */
                'clientId': string;
                /** Tailscale OAuth client secret (required for generating auth keys for Tailscale) */
                'clientSecret': string;
            };
        };
        /** Defines the project host alias overrides to apply to /etc/hosts in resource containers */
        'hostAliases'?: {
            /** Enable support for adding /etc/hosts overrides for a container */
            'enabled'?: boolean;
            /** Entries to add to /etc/hosts */
            'hostEntries'?: {
                'ipAddress': string;
                'hostnames': string[];
            }[];
            'restrictions'?: {
                /** Whether or not to restrict the settings to resources with specific tags */
                'enabled': boolean;
                /** The tags which determine the resources the settings should be applied to */
                'tags'?: string[];
                /** If all or any of the tags must be present on the target for it to match the condition. Example: "or" */
                'tagMatchCondition'?: 'and' | 'or';
            };
        };
    };
};

type PatchProjectData = {
    /** The description of the project. Example: "This is a new project." */
    'description'?: string;
    /** The color of the project in the Northflank App. Example: "#EF233C" */
    'color'?: string;
    'networking'?: {
        /** Projects from which ingress request should be permitted. */
        'allowedIngressProjects'?: string[];
        'tailscale'?: {
            /** Whether or not to inject a Tailscale sidecar for this project's resources */
            'enabled'?: boolean;
            /** Tailscale tags to apply to generated auth keys, must match with the tags applied when creating the OAuth Client. */
            'authKeyTags'?: string[];
            'restrictions'?: {
                /** Whether or not to restrict the settings to resources with specific tags */
                'enabled'?: boolean;
                /** The tags which determine the resources the settings should be applied to */
                'tags'?: string[];
                /** If all or any of the tags must be present on the target for it to match the condition. Example: "or" */
                'tagMatchCondition'?: 'and' | 'or';
            };
            'options'?: {
                /** Apply the Tailscale configuration to addons. */
                'applyToAddons'?: boolean;
                /** Apply the Tailscale configuration to addon jobs (backups, restores). */
                'applyToAddonJobs'?: boolean;
                /** Automatically restart applicable services when the auth key is regenerated */
                'autoRedeployOnRegeneration'?: boolean;
            };
            'tailscaleOptions'?: {
                /** Accept advertised routes from the Tailscale network */
                'acceptRoutes'?: boolean;
            };
            'secrets'?: {
                /** Tailscale OAuth client ID (required for generating auth keys for Tailscale) */
                'clientId'?: string;
                /** Tailscale OAuth client secret (required for generating auth keys for Tailscale) */
                'clientSecret'?: string;
            };
        };
        'hostAliases'?: {
            /** Enable support for adding /etc/hosts overrides for a container */
            'enabled'?: boolean;
            /** Entries to add to /etc/hosts */
            'hostEntries'?: {
                'ipAddress': string;
                'hostnames': string[];
            }[];
            'restrictions'?: {
                /** Whether or not to restrict the settings to resources with specific tags */
                'enabled'?: boolean;
                /** The tags which determine the resources the settings should be applied to */
                'tags'?: string[];
                /** If all or any of the tags must be present on the target for it to match the condition. Example: "or" */
                'tagMatchCondition'?: 'and' | 'or';
            };
        };
    };
};

type CreateTemplateData = {
    /** Name of the template. Example: "Example Template" */
    'name': string;
    /** Description of the template. Example: "This is a sample template." */
    'description'?: string;
    /** The version of the Northflank API to run the template against. Example: "v1.2" */
    'apiVersion': 'v1.2';
    /** A set of arguments that can be referenced in a template using '${args.argumentName}'. */
    'arguments'?: any;
    'gitops'?: {
        /** The VCS provider to use. Example: "github" */
        'vcsService': 'bitbucket' | 'gitlab' | 'github' | 'self-hosted' | 'azure';
        /** If projectType is self-hosted, the ID of the self-hosted vcs to use. */
        'selfHostedVcsId'?: string;
        /** By default, if you have multiple version control accounts of the same provider linked, Northflank will pick a linked account that has access to the repository. If `accountLogin` is provided, Northflank will instead use your linked account with that login name. Example: "github-user" */
        'accountLogin'?: string;
        /** Legacy key. Please used accountLogin instead. */
        'vcsLinkId'?: string;
        /** URL of the Git repo to sync the file with. Example: "https://github.com/northflank-examples/remix-postgres-redis-demo" */
        'repoUrl': string;
        /** The name of the branch to use. Example: "main" */
        'branch': string;
        /** The file path in the repository. If using an existing file, it should be in JSON format. */
        'filePath': string;
    };
    'spec': any;
    /** Optional spec to run when the template is deleted. */
    'teardownSpec'?: {
        'spec': any;
        /** Controls what happens if the teardown spec fails or times out. `ignore` (default) — proceed with resource deletion regardless. `block` — halt deletion and set the environment to `teardown_failed` */
        'failurePolicy'?: 'ignore' | 'block';
    } | null;
    /** Argument overrides stored outside of the template. If GitOps is enabled, these will not be saved in version control. */
    'argumentOverrides'?: any;
    /** Options regarding how the template is run. */
    'options'?: {
        /** If true, the template will run automatically whenever a change is made to it. */
        'autorun'?: boolean;
        /** Defines the concurrency behaviour of the template with respect to parallel runs. Example: "allow" */
        'concurrencyPolicy'?: 'allow' | 'queue' | 'forbid' | 'latest' | 'replace';
        /** If true, the template will be ran immediately after creation. Example: true */
        'runOnCreation'?: boolean;
        /** Argument overrides for the initial run. Valid only if `runOnCreation` is `true`. */
        'runOnCreationArgumentOverrides'?: any;
    };
} | {
    /** Name of the template. Example: "Example Template" */
    'name': string;
    /** Description of the template. Example: "This is a sample template." */
    'description'?: string;
    /** A set of arguments that can be referenced in a template using '${args.argumentName}'. */
    'arguments'?: any;
    /** Optional spec to run when the template is deleted. */
    'teardownSpec'?: {
        'spec': any;
        /** Controls what happens if the teardown spec fails or times out. `ignore` (default) — proceed with resource deletion regardless. `block` — halt deletion and set the environment to `teardown_failed` */
        'failurePolicy'?: 'ignore' | 'block';
    } | null;
    /** Argument overrides stored outside of the template. If GitOps is enabled, these will not be saved in version control. */
    'argumentOverrides'?: any;
    /** Options regarding how the template is run. */
    'options'?: {
        /** If true, the template will run automatically whenever a change is made to it. */
        'autorun'?: boolean;
        /** Defines the concurrency behaviour of the template with respect to parallel runs. Example: "allow" */
        'concurrencyPolicy'?: 'allow' | 'queue' | 'forbid' | 'latest' | 'replace';
        /** If true, the template will be ran immediately after creation. Example: true */
        'runOnCreation'?: boolean;
        /** Argument overrides for the initial run. Valid only if `runOnCreation` is `true`. */
        'runOnCreationArgumentOverrides'?: any;
    };
    /** GitOps data for syncing this template with a file in version control. */
    'gitops': {
        /** The VCS provider to use. Example: "github" */
        'vcsService': 'bitbucket' | 'gitlab' | 'github' | 'self-hosted' | 'azure';
        /** If projectType is self-hosted, the ID of the self-hosted vcs to use. */
        'selfHostedVcsId'?: string;
        /** By default, if you have multiple version control accounts of the same provider linked, Northflank will pick a linked account that has access to the repository. If `accountLogin` is provided, Northflank will instead use your linked account with that login name. Example: "github-user" */
        'accountLogin'?: string;
        /** Legacy key. Please used accountLogin instead. */
        'vcsLinkId'?: string;
        /** URL of the Git repo to sync the file with. Example: "https://github.com/northflank-examples/remix-postgres-redis-demo" */
        'repoUrl': string;
        /** The name of the branch to use. Example: "main" */
        'branch': string;
        /** The file path in the repository. If using an existing file, it should be in JSON format. */
        'filePath': string;
    };
    'project'?: any;
};

type UpdateTemplateData = {
    /** Name of the template. Example: "Example Template" */
    'name': string;
    /** Description of the template. Example: "This is a sample template." */
    'description'?: string;
    /** The version of the Northflank API to run the template against. Example: "v1.2" */
    'apiVersion': 'v1.2';
    /** Options regarding how the template is run. */
    'options'?: {
        /** If true, the template will run automatically whenever a change is made to it. */
        'autorun'?: boolean;
        /** Defines the concurrency behaviour of the template with respect to parallel runs. Example: "allow" */
        'concurrencyPolicy'?: 'allow' | 'queue' | 'forbid' | 'latest' | 'replace';
    };
    /** A set of arguments that can be referenced in a template using '${args.argumentName}'. */
    'arguments'?: any;
    'gitops'?: {
        /** The VCS provider to use. Example: "github" */
        'vcsService': 'bitbucket' | 'gitlab' | 'github' | 'self-hosted' | 'azure';
        /** If projectType is self-hosted, the ID of the self-hosted vcs to use. */
        'selfHostedVcsId'?: string;
        /** By default, if you have multiple version control accounts of the same provider linked, Northflank will pick a linked account that has access to the repository. If `accountLogin` is provided, Northflank will instead use your linked account with that login name. Example: "github-user" */
        'accountLogin'?: string;
        /** Legacy key. Please used accountLogin instead. */
        'vcsLinkId'?: string;
        /** URL of the Git repo to sync the file with. Example: "https://github.com/northflank-examples/remix-postgres-redis-demo" */
        'repoUrl': string;
        /** The name of the branch to use. Example: "main" */
        'branch': string;
        /** The file path in the repository. If using an existing file, it should be in JSON format. */
        'filePath': string;
    };
    '$schema'?: string;
    'spec': any;
    /** Optional spec to run when the template is deleted. */
    'teardownSpec'?: {
        'spec': any;
        /** Controls what happens if the teardown spec fails or times out. `ignore` (default) — proceed with resource deletion regardless. `block` — halt deletion and set the environment to `teardown_failed` */
        'failurePolicy'?: 'ignore' | 'block';
    } | null;
    /** Argument overrides stored outside of the template. If GitOps is enabled, these will not be saved in version control. */
    'argumentOverrides'?: any;
} | {
    /** Name of the template. Example: "Example Template" */
    'name': string;
    /** Description of the template. Example: "This is a sample template." */
    'description'?: string;
    /** Argument overrides stored outside of the template. If GitOps is enabled, these will not be saved in version control. */
    'argumentOverrides'?: any;
    /** GitOps data for syncing this template with a file in version control. If set to `null`, removes GitOps handling from this template. */
    'gitops': {
        /** The VCS provider to use. Example: "github" */
        'vcsService': 'bitbucket' | 'gitlab' | 'github' | 'self-hosted' | 'azure';
        /** If projectType is self-hosted, the ID of the self-hosted vcs to use. */
        'selfHostedVcsId'?: string;
        /** By default, if you have multiple version control accounts of the same provider linked, Northflank will pick a linked account that has access to the repository. If `accountLogin` is provided, Northflank will instead use your linked account with that login name. Example: "github-user" */
        'accountLogin'?: string;
        /** Legacy key. Please used accountLogin instead. */
        'vcsLinkId'?: string;
        /** URL of the Git repo to sync the file with. Example: "https://github.com/northflank-examples/remix-postgres-redis-demo" */
        'repoUrl': string;
        /** The name of the branch to use. Example: "main" */
        'branch': string;
        /** The file path in the repository. If using an existing file, it should be in JSON format. */
        'filePath': string;
    } | null;
};

type CreateServiceCombinedResult = {
    /** The name of the service. Example: "Example Service" */
    'name': string;
    /** A description of the service. Example: "A service description" */
    'description'?: string;
    'stageId'?: string;
    /** An array of previously defined tags to help identify and group the resource. */
    'tags'?: string[];
    'billing': {
        /** The ID of the deployment plan to use. Example: "nf-compute-20" */
        'deploymentPlan': string;
        /** The ID of the build plan to use. Example: "nf-compute-200-8" */
        'buildPlan'?: string;
        'gpu'?: {
            'enabled'?: boolean;
            'configuration'?: {
                'gpuType': string;
                'gpuCount'?: number;
                'timesliced'?: boolean;
            };
        };
    };
    'infrastructure'?: {
        'architecture'?: 'x86' | 'arm';
    };
    'ports'?: {
        /** The name used to identify the port. Example: "p01" */
        'name': string;
        /** The port number. Example: 8080 */
        'internalPort': number;
        /** If true, the port will be exposed publicly. Example: true */
        'public'?: boolean;
        'security'?: {
            /** An array of credentials to access the service. */
            'credentials'?: {
                /** The username to access the service Example: "admin" */
                'username': string;
                /** The password to access the service with this username. Example: "password123" */
                'password': string;
                /** The type of authentication used Example: "basic-auth" */
                'type': 'basic-auth';
            }[];
            /** An array of IP address policies. */
            'ip'?: {
                /** An array of IP addresses used for this rule */
                'addresses': string[];
                /** The action for this rule. Example: "DENY" */
                'action': 'ALLOW' | 'DENY';
            }[];
            /** An array of IP address policies. */
            'policies'?: {
                /** An array of IP addresses used for this rule */
                'addresses': string[];
                /** The action for this rule. Example: "DENY" */
                'action': 'ALLOW' | 'DENY';
            }[];
            /** Configure port authentication via SSO */
            'sso'?: {
                /** ID of the SSO organization that the user will have to be a member of */
                'organizationId'?: string;
                /** Array of directory groups that will have access */
                'directoryGroupIds'?: string[];
                /** Allow entire organization to access this service */
                'allowAnyOrgUsers'?: boolean;
                /** Enforce internal traffic through SSO authentication flow */
                'validateInternalTraffic'?: boolean;
                /** Set SSO authentication cookie on root domain */
                'setCookieOnRootDomain'?: boolean;
                /** Allow internal traffic from same or shared projects via public DNS to skip SSO authentication flow */
                'allowInternalTrafficViaPublicDns'?: boolean;
            };
            /** List of header authentication settings, it checks the presence of all headers and compares it against the expected value. Wildcard (*) is supported. */
            'headers'?: any[];
            /** Mode used to verify multiple security features like ip policies and SSO authentication */
            'verificationMode'?: 'or' | 'and';
            'securePathConfiguration'?: {
                /** Enable security policies on a path-level style */
                'enabled'?: boolean;
                /** Allow internal traffic from same or shared projects via public DNS to skip all security policies */
                'skipSecurityPoliciesForInternalTrafficViaPublicDns'?: boolean;
                'rules'?: {
                    /** Array of path objects which represent the paths and their priority for which the security policies will be enforced */
                    'paths': any[];
                    /** Specify the way the path rule will behave when processing policies. This enables an allow-list/deny-list approach for access control on each path Example: "protected" */
                    'accessMode': 'protected' | 'unprotected';
                    'securityPolicies'?: {
                        'orPolicies'?: {
                            /** An array of credentials to access the service. */
                            'credentials'?: {
                                /** The username to access the service Example: "admin" */
                                'username': string;
                                /** The password to access the service with this username. Example: "password123" */
                                'password': string;
                                /** The type of authentication used Example: "basic-auth" */
                                'type': 'basic-auth';
                            }[];
                            /** An array of IP address policies. */
                            'ip'?: {
                                /** An array of IP addresses used for this rule */
                                'addresses': string[];
                                /** The action for this rule. Example: "DENY" */
                                'action': 'ALLOW' | 'DENY';
                            }[];
                            /** An array of IP address policies. */
                            'policies'?: {
                                /** An array of IP addresses used for this rule */
                                'addresses': string[];
                                /** The action for this rule. Example: "DENY" */
                                'action': 'ALLOW' | 'DENY';
                            }[];
                            /** Configure port authentication via SSO */
                            'sso'?: {
                                /** ID of the SSO organization that the user will have to be a member of */
                                'organizationId'?: string;
                                /** Array of directory groups that will have access */
                                'directoryGroupIds'?: string[];
                                /** Allow entire organization to access this service */
                                'allowAnyOrgUsers'?: boolean;
                                /** Enforce internal traffic through SSO authentication flow */
                                'validateInternalTraffic'?: boolean;
                                /** Set SSO authentication cookie on root domain */
                                'setCookieOnRootDomain'?: boolean;
                                /** Allow internal traffic from same or shared projects via public DNS to skip SSO authentication flow */
                                'allowInternalTrafficViaPublicDns'?: boolean;
                            };
                            /** List of header authentication settings, it checks the presence of all headers and compares it against the expected value. Wildcard (*) is supported. */
                            'headers'?: any[];
                        };
                        'requiredPolicies'?: {
                            /** An array of credentials to access the service. */
                            'credentials'?: {
                                /** The username to access the service Example: "admin" */
                                'username': string;
                                /** The password to access the service with this username. Example: "password123" */
                                'password': string;
                                /** The type of authentication used Example: "basic-auth" */
                                'type': 'basic-auth';
                            }[];
                            /** An array of IP address policies. */
                            'ip'?: {
                                /** An array of IP addresses used for this rule */
                                'addresses': string[];
                                /** The action for this rule. Example: "DENY" */
                                'action': 'ALLOW' | 'DENY';
                            }[];
                            /** An array of IP address policies. */
                            'policies'?: {
                                /** An array of IP addresses used for this rule */
                                'addresses': string[];
                                /** The action for this rule. Example: "DENY" */
                                'action': 'ALLOW' | 'DENY';
                            }[];
                            /** Configure port authentication via SSO */
                            'sso'?: {
                                /** ID of the SSO organization that the user will have to be a member of */
                                'organizationId'?: string;
                                /** Array of directory groups that will have access */
                                'directoryGroupIds'?: string[];
                                /** Allow entire organization to access this service */
                                'allowAnyOrgUsers'?: boolean;
                                /** Enforce internal traffic through SSO authentication flow */
                                'validateInternalTraffic'?: boolean;
                                /** Set SSO authentication cookie on root domain */
                                'setCookieOnRootDomain'?: boolean;
                                /** Allow internal traffic from same or shared projects via public DNS to skip SSO authentication flow */
                                'allowInternalTrafficViaPublicDns'?: boolean;
                            };
                            /** List of header authentication settings, it checks the presence of all headers and compares it against the expected value. Wildcard (*) is supported. */
                            'headers'?: any[];
                        };
                    };
                }[];
            };
        };
        /** An array of domains to redirect to this port. Each domain must first be verified and registered to your account. */
        'domains'?: string[];
        /** Disable routing on the default code.run domain for public HTTP ports with custom domains. */
        'disableNfDomain'?: boolean;
        'advancedOptions'?: {
            /** Whether this port should use pass through mode for TLS */
            'enableTlsPassthrough'?: boolean;
        };
        /** The protocol to use for the port. Example: "HTTP" */
        'protocol': 'HTTP' | 'HTTP/2' | 'HTTP' | 'HTTP/2' | 'TCP' | 'UDP';
    }[];
    /** Whether CI (continuous integration) should be disabled. */
    'disabledCI'?: boolean;
    /** Defines the build source for this resource Example: "git" */
    'buildSource'?: 'git' | 'bundle';
    'vcsData'?: {
        /** URL of the Git repo to build. Example: "https://github.com/northflank/gatsby-with-northflank" */
        'projectUrl': string;
        /** The VCS provider to use. Example: "github" */
        'projectType': 'bitbucket' | 'gitlab' | 'github' | 'self-hosted' | 'azure';
        /** If projectType is self-hosted, the ID of the self-hosted vcs to use. */
        'selfHostedVcsId'?: string;
        /** By default, if you have multiple version control accounts of the same provider linked, Northflank will pick a linked account that has access to the repository. If `accountLogin` is provided, Northflank will instead use your linked account with that login name. Example: "github-user" */
        'accountLogin'?: string;
        /** By default, if you have multiple version control accounts of the same provider linked, Northflank will pick a linked account that has access to the repository. If `vcsLinkId` is provided, Northflank will instead use your linked account with that ID. */
        'vcsLinkId'?: string;
        /** The name of the branch to use. Example: "master" */
        'projectBranch': string;
    };
    'bundleData'?: {
        /** URL of the bundle to be built Example: "https://example.com/archive.tar" */
        'bundleUrl': string;
        /** Branch identifier for the bundle. Example: "main" */
        'branch': string;
    };
    /** Build engine */
    'buildSettings': {
        'storage'?: {
            'ephemeralStorage'?: {
                /** Ephemeral storage per build in MB Example: 16384 */
                'storageSize'?: number;
            };
        };
        'dockerfile': {
            /** DEPRECATED: This field will be removed in the near future and currently has no effect. */
            'useCache'?: boolean;
            /** Build engine to use. Defaults to recommended build engine `buildkit` Example: "buildkit" */
            'buildEngine'?: 'buildkit' | 'kaniko';
            /** The file path of the Dockerfile. Example: "/Dockerfile" */
            'dockerFilePath': string;
            /** The working directory of the Dockerfile. Example: "/" */
            'dockerWorkDir': string;
            'buildkit'?: {
                /** Use persistent storage to cache build layers. Example: true */
                'useCache'?: boolean;
                /** The amount of persistent storage available to each build in MB. Example: 32768 */
                'cacheStorageSize'?: number;
                /** DEPRECATED: This field will be removed in the near future. */
                'useInternalCache'?: boolean;
                /** DEPRECATED: This field will be removed in the near future. */
                'internalCacheStorage'?: number;
            };
        };
    } | {
        'storage'?: {
            'ephemeralStorage'?: {
                /** Ephemeral storage per build in MB Example: 16384 */
                'storageSize'?: number;
            };
        };
        'buildpack': {
            /** Buildpack stack to use. Defaults to recommended stack `HEROKU_24`. Example: "HEROKU_24" */
            'builder'?: 'HEROKU_24' | 'HEROKU_22' | 'HEROKU_22_CLASSIC' | 'HEROKU_20' | 'HEROKU_18' | 'GOOGLE_22' | 'GOOGLE_V1' | 'CNB_ALPINE' | 'CNB_BIONIC' | 'PAKETO_JAMMY_TINY' | 'PAKETO_JAMMY_BASE' | 'PAKETO_JAMMY_FULL' | 'PAKETO_TINY' | 'PAKETO_BASE' | 'PAKETO_FULL';
            /** Array of custom Buildpacks to use. */
            'buildpackLocators'?: string[];
            /** The working directory to build in. Example: "/" */
            'buildContext'?: string;
            /** Should build dependencies be cached? */
            'useCache'?: boolean;
        };
    };
    'buildConfiguration'?: {
        /** An array of path ignore rules. A commit will only be built if a file has been changed that does not match any of the ignore rules. Path ignore rules follow `.gitignore` syntax. */
        'pathIgnoreRules'?: string[];
        /** If `true`, the functionality of `pathIgnoreRules` will be inverted. A commit will only be built if a file has been changed that matches one or more of the rules in `pathIgnoreRules`. */
        'isAllowList'?: boolean;
        /** If `true`, enables commit ignore flags. If a commit message contains one or more of the flags in `ciIgnoreFlags`, that commit will not be built. */
        'ciIgnoreFlagsEnabled'?: boolean;
        /** An array of commit ignore flags. If a commit message contains one or more of these flags, that commit will not be built. Defaults to `["[skip ci]", "[ci skip]", "[no ci]", "[skip nf]", "[nf skip]", "[northflank skip]", "[skip northflank]"]` Example: ["[skip ci]","[ci skip]","[no ci]","[skip nf]","[nf skip]","[northflank skip]","[skip northflank]"] */
        'ciIgnoreFlags'?: string[];
        /** If your Dockerfile contains multiple build stages, you can specify the target stage by entering its name here. */
        'dockerfileTarget'?: string;
        'dockerCredentials'?: string[];
        /** Include .git folder inside the build context */
        'includeGitFolder'?: boolean;
        /** Include the entire git history as part of the .git folder. Only relevant if "includeGitFolder" is set. */
        'fullGitClone'?: boolean;
        /** Enable Git LFS support for the build */
        'enableGitLfs'?: boolean;
        'storage'?: {
            'ephemeralStorage'?: {
                /** Ephemeral storage per build in MB Example: 16384 */
                'storageSize'?: number;
            };
        };
    };
    /** An object containing the runtime environment to set for the service. Keys may only contain letters, numbers, hyphens, forward slashes and dots. Example: {"VARIABLE_1":"abcdef","VARIABLE_2":"12345"} */
    'runtimeEnvironment'?: any;
    /** Secret files as JSON object, encrypted at rest. File path must be absolute Example: {"/dir/fileName":{"data":"VGhpcyBpcyBhbiBleGFtcGxlIHdpdGggYSB0ZW1wbGF0ZWQgJHtOT0RFX0VOVn0gdmFyaWFibGU=","encoding":"utf-8"}} */
    'runtimeFiles'?: any;
    /** An object containing the build arguments to set for the service. Keys may only contain letters, numbers, hyphens, forward slashes and dots. Example: {"ARGUMENT_1":"abcdef","ARGUMENT_2":"12345"} */
    'buildArguments'?: any;
    /** Secret files as JSON object, encrypted at rest. File path must be absolute Example: {"/dir/fileName":{"data":"VGhpcyBpcyBhbiBleGFtcGxlIHdpdGggYSB0ZW1wbGF0ZWQgJHtOT0RFX0VOVn0gdmFyaWFibGU=","encoding":"utf-8"}} */
    'buildFiles'?: any;
    /** Docker secret mount contents as JSON object, encrypted at rest. Must be a valid Docker secret mount identifier Example: {"example-secret-mount_1":{"data":"VGhpcyBpcyBhbiBleGFtcGxlIHdpdGggYSB0ZW1wbGF0ZWQgJHtOT0RFX0VOVn0gdmFyaWFibGU=","encoding":"utf-8"}} */
    'dockerSecretMounts'?: any;
    /** An array of health checks. */
    'healthChecks'?: {
        /** The protocol to access the health check with. Example: "HTTP" */
        'protocol': 'HTTP' | 'CMD' | 'TCP';
        /** The type of health check. Example: "readinessProbe" */
        'type': 'livenessProbe' | 'readinessProbe' | 'startupProbe';
        /** The path of the health check endpoint. Required when protocol is HTTP. Example: "/health-check" */
        'path'?: string;
        /** The command to run for the health check. Required when protocol is CMD */
        'cmd'?: string;
        /** Port number for the health check endpoint. Required when protocol is HTTP. Example: 8080 */
        'port'?: number;
        /** Initial delay, in seconds, before the health check is first run. Example: 10 */
        'initialDelaySeconds': number;
        /** The time between each check, in seconds. Example: 60 */
        'periodSeconds': number;
        /** The time to wait for a response before marking the health check as a failure. Example: 1 */
        'timeoutSeconds': number;
        /** The maximum number of allowed failures. Example: 3 */
        'failureThreshold': number;
        /** The number of successes required to mark the health check as a success. Example: 1 */
        'successThreshold'?: number;
    }[];
    'loadBalancing'?: {
        'mode': 'leastConnection' | 'consistentHash' | 'roundRobin' | 'consistentReplicaRouting';
        'consistentHash'?: {
            'mode': 'ip' | 'customHeader';
            'header'?: string | null;
        };
        'consistentReplicaRouting'?: {
            'mode': 'path' | 'header';
        };
    };
    /** Describes all autoscaling configurations */
    'autoscaling'?: {
        /** Describes the horizontal autoscaling configuration */
        'horizontal'?: {
            /** Whether horizontal autoscaling should be enabled Example: true */
            'enabled': boolean;
            /** Minimum number of replicas which should be running at any time Example: 1 */
            'minReplicas': number;
            /** Maximum number of replicas which can be running at any time Example: 3 */
            'maxReplicas': number;
            'cpu'?: {
                /** Whether autoscaling should take into account cpu usage */
                'enabled': boolean;
                /** Threshold CPU usage percentage at which the workload will be scaled */
                'thresholdPercentage': number;
            };
            'memory'?: {
                /** Whether autoscaling should take into account memory usage */
                'enabled': boolean;
                /** Threshold memory usage percentage at which the workload will be scaled */
                'thresholdPercentage': number;
            };
            'rps'?: {
                /** Whether autoscaling should take into requests-per-second */
                'enabled': boolean;
                /** Threshold rps value on which the workload will be scaled */
                'thresholdValue': number;
            };
            'userMetrics'?: {
                /** Whether to enable handling for custom metrics in the autoscaling configuration Example: true */
                'enabled': boolean;
                /** Path on which the metrics will be exposed by the service.. Example: "/metrics" */
                'exposedMetricsPath': string;
                /** Port on which the metrics will be exposed by the service. Example: 8080 */
                'exposedMetricsPort': number;
                /** Array of custom metrics exposed by the service that will be used by the autoscaling configuration. At least one metric is required. */
                'metrics': {
                    /** Name of the custom metric Example: "example-metric" */
                    'metricName': string;
                    /** Type of metric exposed, this will affect how it'll be queried by the autoscaler component: Gauge will be used as is, Counter will be used with rate() Example: "gauge" */
                    'metricType': 'gauge' | 'counter';
                    /** Threshold value on which the workload will be scaled. Represents the average value across all running pods. Example: 2 */
                    'thresholdValue': number;
                }[];
            };
        };
    };
    'createOptions'?: {
        'volumesToAttach'?: string[];
    };
    /** Type of the service (combined, build or deployment) Example: "combined" */
    'serviceType': 'combined';
    'deployment': {
        /** The way the service should be deployed. Either as a deployment (default), or as a stateful set. */
        'type'?: 'deployment' | 'statefulSet';
        /** The number of instances to run the service on. Example: 1 */
        'instances': number;
        /** Allows for customization of buildpack runtime */
        'buildpack'?: {
            /** Type of buildpack run configuration */
            'configType': 'default' | 'customProcess' | 'customCommand' | 'customEntrypointCustomCommand' | 'originalEntrypointCustomCommand';
            /** Custom process which should be run. Required in case where `configType` is `customProcess` */
            'customProcess'?: string;
            /** Custom entrypoint which should be run. Required in case where `configType` is `customEntrypointCustomCommand` */
            'customEntrypoint'?: string;
            /** Custom command which should be run. Required in case where `configType` is `customCommand`, `customEntrypointCustomCommand` or `originalEntrypointCustomCommand` */
            'customCommand'?: string;
        };
        /** Allows for customization of docker runtime */
        'docker'?: {
            /** Type of entrypoint & command override configuration Example: "default" */
            'configType': 'default' | 'customEntrypoint' | 'customCommand' | 'customEntrypointCustomCommand';
            /** Custom entrypoint which should be used. Required in case where `configType` is `customEntrypoint` or `customEntrypointCustomCommand` */
            'customEntrypoint'?: string;
            /** Custom command which should be used. Required in case where `configType` is `customCommand` or `customEntrypointCustomCommand` */
            'customCommand'?: string;
        };
        'storage'?: {
            'useHdbStorage'?: boolean;
            'usePdSsdStorage'?: boolean;
            'ephemeralStorage'?: {
                /** Ephemeral storage per container in MB Example: 1024 */
                'storageSize'?: number;
            };
            /** Configures the amount of available memory-backed disk space available to /dev/shm */
            'shmSize'?: number;
        };
        /** Roll out strategy of the service */
        'strategy'?: {
            /** Configures the instance roll out strategy of your service. Currently only available via feature flag. */
            'type'?: 'recreate' | 'rollout-steady' | 'rollout-balanced' | 'rollout-fast' | 'custom';
            'settings'?: {
                /** Maximum number or percentage of pods that can be created above the desired count. */
                'maxSurge': number | string;
                /** Maximum number or percentage of pods that can be unavailable during the update. */
                'maxUnavailable': number | string;
            };
        };
        'zonalRedundancy'?: {
            /** Defines scheduling behaviour across different zones within the same region. */
            'type'?: 'disabled' | 'preferred' | 'required';
            /** Defines how many zones are required and will prevent containers from additional scheduling into existing zones. (Only relevant if type is set to "required") */
            'minZones'?: number;
        };
        'gpu'?: {
            'enabled'?: boolean;
            'configuration'?: {
                'gpuType': string;
                'gpuCount'?: number;
                'timesliced'?: boolean;
            };
        };
        /** The maximum amount of time the process has to shut down after receiving a SIGTERM signal before it is forcefully shut down SIGKILL by the system. */
        'gracePeriodSeconds'?: number;
        /** The id of the strategy to be attached to service. */
        'gradualRolloutStrategyId'?: string | null;
        /** Controls related to SSH access within the resource. */
        'ssh'?: {
            /** Enables SSH access if the resource matches an SSH identity selector. */
            'enabled': boolean;
        };
        /** Allow setting custom labels and annotations for workloads. */
        'metadata'?: {
            /** Specify custom labels for the workload. */
            'labels'?: any;
            /** Specify custom annotations for the workload as string or object. */
            'annotations'?: any;
        };
        /** Image registry url of the deployed image. */
        'imageUrl'?: string;
    };
    /** Identifier for the service Example: "example-service" */
    'id': string;
    /** Full identifier used for service deployment Example: "/example-user/default-project/example-service" */
    'appId': string;
    /** Cluster information */
    'cluster': {
        /** The id of the cluster associated with this project. Example: "nf-europe-west" */
        'id': string;
        /** The name of the cluster associated with this project. Example: "nf-europe-west" */
        'name': string;
        /** Namespace this resource is located within on the cluster. Example: "ns-8zy2mcjh9zn2" */
        'namespace'?: string;
        /** Load balancer DNS for the cluster. */
        'loadBalancers'?: string[];
    };
    /** time of creation */
    'createdAt'?: string;
    /** time of update */
    'updatedAt'?: string;
    /** Details about the current service status. */
    'status': {
        /** Details about the status of the most recent build. */
        'build'?: {
            /** The current status of the build. Example: "SUCCESS" */
            'status': 'QUEUED' | 'PENDING' | 'UNSCHEDULABLE' | 'STARTING' | 'CLONING' | 'BUILDING' | 'UPLOADING' | 'ABORTED' | 'FAILURE' | 'SUBMISSION_FAILURE' | 'SUCCESS' | 'CRASHED' | 'IN_PROGRESS';
            /** The timestamp of when the build reached this status. Example: "2021-11-29T11:47:16.624Z" */
            'lastTransitionTime'?: string;
        };
        /** Details about the current deployment status. */
        'deployment'?: {
            /** The current status of the deployment. Example: "COMPLETED" */
            'status': 'PENDING' | 'IN_PROGRESS' | 'COMPLETED' | 'FAILED';
            /** The reason the current deployment was started. Example: "DEPLOYING" */
            'reason': 'SCALING' | 'DEPLOYING';
            /** The timestamp of when the deployment reached this status. Example: "2021-11-29T11:47:16.624Z" */
            'lastTransitionTime'?: string;
        };
    };
} | any;

type CreateServiceDeploymentResult = {
    /** The name of the service. Example: "Example Service" */
    'name': string;
    /** A description of the service. Example: "A service description" */
    'description'?: string;
    'stageId'?: string;
    /** An array of previously defined tags to help identify and group the resource. */
    'tags'?: string[];
    'billing': {
        /** The ID of the deployment plan to use. Example: "nf-compute-20" */
        'deploymentPlan': string;
        'gpu'?: {
            'enabled'?: boolean;
            'configuration'?: {
                'gpuType': string;
                'gpuCount'?: number;
                'timesliced'?: boolean;
            };
        };
    };
    'infrastructure'?: {
        'architecture'?: 'x86' | 'arm';
    };
    'ports'?: {
        /** The name used to identify the port. Example: "p01" */
        'name': string;
        /** The port number. Example: 8080 */
        'internalPort': number;
        /** If true, the port will be exposed publicly. Example: true */
        'public'?: boolean;
        'security'?: {
            /** An array of credentials to access the service. */
            'credentials'?: {
                /** The username to access the service Example: "admin" */
                'username': string;
                /** The password to access the service with this username. Example: "password123" */
                'password': string;
                /** The type of authentication used Example: "basic-auth" */
                'type': 'basic-auth';
            }[];
            /** An array of IP address policies. */
            'ip'?: {
                /** An array of IP addresses used for this rule */
                'addresses': string[];
                /** The action for this rule. Example: "DENY" */
                'action': 'ALLOW' | 'DENY';
            }[];
            /** An array of IP address policies. */
            'policies'?: {
                /** An array of IP addresses used for this rule */
                'addresses': string[];
                /** The action for this rule. Example: "DENY" */
                'action': 'ALLOW' | 'DENY';
            }[];
            /** Configure port authentication via SSO */
            'sso'?: {
                /** ID of the SSO organization that the user will have to be a member of */
                'organizationId'?: string;
                /** Array of directory groups that will have access */
                'directoryGroupIds'?: string[];
                /** Allow entire organization to access this service */
                'allowAnyOrgUsers'?: boolean;
                /** Enforce internal traffic through SSO authentication flow */
                'validateInternalTraffic'?: boolean;
                /** Set SSO authentication cookie on root domain */
                'setCookieOnRootDomain'?: boolean;
                /** Allow internal traffic from same or shared projects via public DNS to skip SSO authentication flow */
                'allowInternalTrafficViaPublicDns'?: boolean;
            };
            /** List of header authentication settings, it checks the presence of all headers and compares it against the expected value. Wildcard (*) is supported. */
            'headers'?: any[];
            /** Mode used to verify multiple security features like ip policies and SSO authentication */
            'verificationMode'?: 'or' | 'and';
            'securePathConfiguration'?: {
                /** Enable security policies on a path-level style */
                'enabled'?: boolean;
                /** Allow internal traffic from same or shared projects via public DNS to skip all security policies */
                'skipSecurityPoliciesForInternalTrafficViaPublicDns'?: boolean;
                'rules'?: {
                    /** Array of path objects which represent the paths and their priority for which the security policies will be enforced */
                    'paths': any[];
                    /** Specify the way the path rule will behave when processing policies. This enables an allow-list/deny-list approach for access control on each path Example: "protected" */
                    'accessMode': 'protected' | 'unprotected';
                    'securityPolicies'?: {
                        'orPolicies'?: {
                            /** An array of credentials to access the service. */
                            'credentials'?: {
                                /** The username to access the service Example: "admin" */
                                'username': string;
                                /** The password to access the service with this username. Example: "password123" */
                                'password': string;
                                /** The type of authentication used Example: "basic-auth" */
                                'type': 'basic-auth';
                            }[];
                            /** An array of IP address policies. */
                            'ip'?: {
                                /** An array of IP addresses used for this rule */
                                'addresses': string[];
                                /** The action for this rule. Example: "DENY" */
                                'action': 'ALLOW' | 'DENY';
                            }[];
                            /** An array of IP address policies. */
                            'policies'?: {
                                /** An array of IP addresses used for this rule */
                                'addresses': string[];
                                /** The action for this rule. Example: "DENY" */
                                'action': 'ALLOW' | 'DENY';
                            }[];
                            /** Configure port authentication via SSO */
                            'sso'?: {
                                /** ID of the SSO organization that the user will have to be a member of */
                                'organizationId'?: string;
                                /** Array of directory groups that will have access */
                                'directoryGroupIds'?: string[];
                                /** Allow entire organization to access this service */
                                'allowAnyOrgUsers'?: boolean;
                                /** Enforce internal traffic through SSO authentication flow */
                                'validateInternalTraffic'?: boolean;
                                /** Set SSO authentication cookie on root domain */
                                'setCookieOnRootDomain'?: boolean;
                                /** Allow internal traffic from same or shared projects via public DNS to skip SSO authentication flow */
                                'allowInternalTrafficViaPublicDns'?: boolean;
                            };
                            /** List of header authentication settings, it checks the presence of all headers and compares it against the expected value. Wildcard (*) is supported. */
                            'headers'?: any[];
                        };
                        'requiredPolicies'?: {
                            /** An array of credentials to access the service. */
                            'credentials'?: {
                                /** The username to access the service Example: "admin" */
                                'username': string;
                                /** The password to access the service with this username. Example: "password123" */
                                'password': string;
                                /** The type of authentication used Example: "basic-auth" */
                                'type': 'basic-auth';
                            }[];
                            /** An array of IP address policies. */
                            'ip'?: {
                                /** An array of IP addresses used for this rule */
                                'addresses': string[];
                                /** The action for this rule. Example: "DENY" */
                                'action': 'ALLOW' | 'DENY';
                            }[];
                            /** An array of IP address policies. */
                            'policies'?: {
                                /** An array of IP addresses used for this rule */
                                'addresses': string[];
                                /** The action for this rule. Example: "DENY" */
                                'action': 'ALLOW' | 'DENY';
                            }[];
                            /** Configure port authentication via SSO */
                            'sso'?: {
                                /** ID of the SSO organization that the user will have to be a member of */
                                'organizationId'?: string;
                                /** Array of directory groups that will have access */
                                'directoryGroupIds'?: string[];
                                /** Allow entire organization to access this service */
                                'allowAnyOrgUsers'?: boolean;
                                /** Enforce internal traffic through SSO authentication flow */
                                'validateInternalTraffic'?: boolean;
                                /** Set SSO authentication cookie on root domain */
                                'setCookieOnRootDomain'?: boolean;
                                /** Allow internal traffic from same or shared projects via public DNS to skip SSO authentication flow */
                                'allowInternalTrafficViaPublicDns'?: boolean;
                            };
                            /** List of header authentication settings, it checks the presence of all headers and compares it against the expected value. Wildcard (*) is supported. */
                            'headers'?: any[];
                        };
                    };
                }[];
            };
        };
        /** An array of domains to redirect to this port. Each domain must first be verified and registered to your account. */
        'domains'?: string[];
        /** Disable routing on the default code.run domain for public HTTP ports with custom domains. */
        'disableNfDomain'?: boolean;
        'advancedOptions'?: {
            /** Whether this port should use pass through mode for TLS */
            'enableTlsPassthrough'?: boolean;
        };
        /** The protocol to use for the port. Example: "HTTP" */
        'protocol': 'HTTP' | 'HTTP/2' | 'HTTP' | 'HTTP/2' | 'TCP' | 'UDP';
    }[];
    /** An object containing the runtime environment to set for the service Example: {"VARIABLE_1":"abcdef","VARIABLE_2":"12345"} */
    'runtimeEnvironment'?: any;
    /** Secret files as JSON object, encrypted at rest. File path must be absolute Example: {"/dir/fileName":{"data":"VGhpcyBpcyBhbiBleGFtcGxlIHdpdGggYSB0ZW1wbGF0ZWQgJHtOT0RFX0VOVn0gdmFyaWFibGU=","encoding":"utf-8"}} */
    'runtimeFiles'?: any;
    /** An array of health checks. */
    'healthChecks'?: {
        /** The protocol to access the health check with. Example: "HTTP" */
        'protocol': 'HTTP' | 'CMD' | 'TCP';
        /** The type of health check. Example: "readinessProbe" */
        'type': 'livenessProbe' | 'readinessProbe' | 'startupProbe';
        /** The path of the health check endpoint. Required when protocol is HTTP. Example: "/health-check" */
        'path'?: string;
        /** The command to run for the health check. Required when protocol is CMD */
        'cmd'?: string;
        /** Port number for the health check endpoint. Required when protocol is HTTP. Example: 8080 */
        'port'?: number;
        /** Initial delay, in seconds, before the health check is first run. Example: 10 */
        'initialDelaySeconds': number;
        /** The time between each check, in seconds. Example: 60 */
        'periodSeconds': number;
        /** The time to wait for a response before marking the health check as a failure. Example: 1 */
        'timeoutSeconds': number;
        /** The maximum number of allowed failures. Example: 3 */
        'failureThreshold': number;
        /** The number of successes required to mark the health check as a success. Example: 1 */
        'successThreshold'?: number;
    }[];
    'loadBalancing'?: {
        'mode': 'leastConnection' | 'consistentHash' | 'roundRobin' | 'consistentReplicaRouting';
        'consistentHash'?: {
            'mode': 'ip' | 'customHeader';
            'header'?: string | null;
        };
        'consistentReplicaRouting'?: {
            'mode': 'path' | 'header';
        };
    };
    /** Describes all autoscaling configurations */
    'autoscaling'?: {
        /** Describes the horizontal autoscaling configuration */
        'horizontal'?: {
            /** Whether horizontal autoscaling should be enabled Example: true */
            'enabled': boolean;
            /** Minimum number of replicas which should be running at any time Example: 1 */
            'minReplicas': number;
            /** Maximum number of replicas which can be running at any time Example: 3 */
            'maxReplicas': number;
            'cpu'?: {
                /** Whether autoscaling should take into account cpu usage */
                'enabled': boolean;
                /** Threshold CPU usage percentage at which the workload will be scaled */
                'thresholdPercentage': number;
            };
            'memory'?: {
                /** Whether autoscaling should take into account memory usage */
                'enabled': boolean;
                /** Threshold memory usage percentage at which the workload will be scaled */
                'thresholdPercentage': number;
            };
            'rps'?: {
                /** Whether autoscaling should take into requests-per-second */
                'enabled': boolean;
                /** Threshold rps value on which the workload will be scaled */
                'thresholdValue': number;
            };
            'userMetrics'?: {
                /** Whether to enable handling for custom metrics in the autoscaling configuration Example: true */
                'enabled': boolean;
                /** Path on which the metrics will be exposed by the service.. Example: "/metrics" */
                'exposedMetricsPath': string;
                /** Port on which the metrics will be exposed by the service. Example: 8080 */
                'exposedMetricsPort': number;
                /** Array of custom metrics exposed by the service that will be used by the autoscaling configuration. At least one metric is required. */
                'metrics': {
                    /** Name of the custom metric Example: "example-metric" */
                    'metricName': string;
                    /** Type of metric exposed, this will affect how it'll be queried by the autoscaler component: Gauge will be used as is, Counter will be used with rate() Example: "gauge" */
                    'metricType': 'gauge' | 'counter';
                    /** Threshold value on which the workload will be scaled. Represents the average value across all running pods. Example: 2 */
                    'thresholdValue': number;
                }[];
            };
        };
    };
    'createOptions'?: {
        'volumesToAttach'?: string[];
    };
    /** Type of the service (combined, build or deployment) Example: "deployment" */
    'serviceType': 'deployment';
    'deployment': {
        /** The way the service should be deployed. Either as a deployment (default), or as a stateful set. */
        'type'?: 'deployment' | 'statefulSet';
        /** The number of instances to run the service on. Example: 1 */
        'instances': number;
        /** Allows for customization of buildpack runtime */
        'buildpack'?: {
            /** Type of buildpack run configuration */
            'configType': 'default' | 'customProcess' | 'customCommand' | 'customEntrypointCustomCommand' | 'originalEntrypointCustomCommand';
            /** Custom process which should be run. Required in case where `configType` is `customProcess` */
            'customProcess'?: string;
            /** Custom entrypoint which should be run. Required in case where `configType` is `customEntrypointCustomCommand` */
            'customEntrypoint'?: string;
            /** Custom command which should be run. Required in case where `configType` is `customCommand`, `customEntrypointCustomCommand` or `originalEntrypointCustomCommand` */
            'customCommand'?: string;
        };
        /** Allows for customization of docker runtime */
        'docker'?: {
            /** Type of entrypoint & command override configuration Example: "default" */
            'configType': 'default' | 'customEntrypoint' | 'customCommand' | 'customEntrypointCustomCommand';
            /** Custom entrypoint which should be used. Required in case where `configType` is `customEntrypoint` or `customEntrypointCustomCommand` */
            'customEntrypoint'?: string;
            /** Custom command which should be used. Required in case where `configType` is `customCommand` or `customEntrypointCustomCommand` */
            'customCommand'?: string;
        };
        'storage'?: {
            'useHdbStorage'?: boolean;
            'usePdSsdStorage'?: boolean;
            'ephemeralStorage'?: {
                /** Ephemeral storage per container in MB Example: 1024 */
                'storageSize'?: number;
            };
            /** Configures the amount of available memory-backed disk space available to /dev/shm */
            'shmSize'?: number;
        };
        /** Roll out strategy of the service */
        'strategy'?: {
            /** Configures the instance roll out strategy of your service. Currently only available via feature flag. */
            'type'?: 'recreate' | 'rollout-steady' | 'rollout-balanced' | 'rollout-fast' | 'custom';
            'settings'?: {
                /** Maximum number or percentage of pods that can be created above the desired count. */
                'maxSurge': number | string;
                /** Maximum number or percentage of pods that can be unavailable during the update. */
                'maxUnavailable': number | string;
            };
        };
        'zonalRedundancy'?: {
            /** Defines scheduling behaviour across different zones within the same region. */
            'type'?: 'disabled' | 'preferred' | 'required';
            /** Defines how many zones are required and will prevent containers from additional scheduling into existing zones. (Only relevant if type is set to "required") */
            'minZones'?: number;
        };
        'gpu'?: {
            'enabled'?: boolean;
            'configuration'?: {
                'gpuType': string;
                'gpuCount'?: number;
                'timesliced'?: boolean;
            };
        };
        /** The maximum amount of time the process has to shut down after receiving a SIGTERM signal before it is forcefully shut down SIGKILL by the system. */
        'gracePeriodSeconds'?: number;
        /** The id of the strategy to be attached to service. */
        'gradualRolloutStrategyId'?: string | null;
        /** Controls related to SSH access within the resource. */
        'ssh'?: {
            /** Enables SSH access if the resource matches an SSH identity selector. */
            'enabled': boolean;
        };
        /** Allow setting custom labels and annotations for workloads. */
        'metadata'?: {
            /** Specify custom labels for the workload. */
            'labels'?: any;
            /** Specify custom annotations for the workload as string or object. */
            'annotations'?: any;
        };
        'internal'?: {
            /** ID of the build service to deploy */
            'id'?: string;
            /** Branch to deploy Example: "master" */
            'branch'?: string;
            /** Commit SHA to deploy, or 'latest' to deploy the most recent commit Example: "latest" */
            'buildSHA'?: string | 'latest';
            /** ID of the build that should be deployed Example: "premium-guide-6393" */
            'buildId'?: string;
        };
        'external'?: {
            /** Image to be deployed. When not deploying from Dockerhub the URL must be specified. Example: "nginx:latest" */
            'imagePath': string;
            /** ID of the saved credentials to use to access this external image. Example: "example-credentials" */
            'credentials'?: string;
        };
        /** Image registry url of the deployed image. */
        'imageUrl'?: string;
    };
    /** Identifier for the service Example: "example-service" */
    'id': string;
    /** Full identifier used for service deployment Example: "/example-user/default-project/example-service" */
    'appId': string;
    /** Cluster information */
    'cluster': {
        /** The id of the cluster associated with this project. Example: "nf-europe-west" */
        'id': string;
        /** The name of the cluster associated with this project. Example: "nf-europe-west" */
        'name': string;
        /** Namespace this resource is located within on the cluster. Example: "ns-8zy2mcjh9zn2" */
        'namespace'?: string;
        /** Load balancer DNS for the cluster. */
        'loadBalancers'?: string[];
    };
    /** time of creation */
    'createdAt'?: string;
    /** time of update */
    'updatedAt'?: string;
    /** Details about the current service status. */
    'status': {
        /** Details about the current deployment status. */
        'deployment'?: {
            /** The current status of the deployment. Example: "COMPLETED" */
            'status': 'PENDING' | 'IN_PROGRESS' | 'COMPLETED' | 'FAILED';
            /** The reason the current deployment was started. Example: "DEPLOYING" */
            'reason': 'SCALING' | 'DEPLOYING';
            /** The timestamp of when the deployment reached this status. Example: "2021-11-29T11:47:16.624Z" */
            'lastTransitionTime'?: string;
        };
    };
} | any;

type CreateJobManualResult = {
    /** The name of the job. Example: "Example Job" */
    'name': string;
    /** A description of the job. Example: "A job description" */
    'description'?: string;
    'stageId'?: string;
    'infrastructure'?: {
        'architecture'?: 'x86' | 'arm';
    };
    /** An array of previously defined tags to help identify and group the resource. */
    'tags'?: string[];
    'billing': {
        /** The ID of the build plan to use. Example: "nf-compute-200-8" */
        'buildPlan'?: string;
        /** The ID of the deployment plan to use. Example: "nf-compute-20" */
        'deploymentPlan': string;
        'gpu'?: {
            'enabled'?: boolean;
            'configuration'?: {
                'gpuType': string;
                'gpuCount'?: number;
                'timesliced'?: boolean;
            };
        };
    };
    /** Whether CI should be disabled. Only relevant for jobs deploying directly from version control. */
    'disabledCI'?: boolean;
    'buildConfiguration'?: {
        /** An array of path ignore rules. A commit will only be built if a file has been changed that does not match any of the ignore rules. Path ignore rules follow `.gitignore` syntax. */
        'pathIgnoreRules'?: string[];
        /** If `true`, the functionality of `pathIgnoreRules` will be inverted. A commit will only be built if a file has been changed that matches one or more of the rules in `pathIgnoreRules`. */
        'isAllowList'?: boolean;
        /** If `true`, enables commit ignore flags. If a commit message contains one or more of the flags in `ciIgnoreFlags`, that commit will not be built. */
        'ciIgnoreFlagsEnabled'?: boolean;
        /** An array of commit ignore flags. If a commit message contains one or more of these flags, that commit will not be built. Defaults to `["[skip ci]", "[ci skip]", "[no ci]", "[skip nf]", "[nf skip]", "[northflank skip]", "[skip northflank]"]` Example: ["[skip ci]","[ci skip]","[no ci]","[skip nf]","[nf skip]","[northflank skip]","[skip northflank]"] */
        'ciIgnoreFlags'?: string[];
        /** If your Dockerfile contains multiple build stages, you can specify the target stage by entering its name here. */
        'dockerfileTarget'?: string;
        'dockerCredentials'?: string[];
        /** Include .git folder inside the build context */
        'includeGitFolder'?: boolean;
        /** Include the entire git history as part of the .git folder. Only relevant if "includeGitFolder" is set. */
        'fullGitClone'?: boolean;
        /** Enable Git LFS support for the build */
        'enableGitLfs'?: boolean;
        'storage'?: {
            'ephemeralStorage'?: {
                /** Ephemeral storage per build in MB Example: 16384 */
                'storageSize'?: number;
            };
        };
    };
    /** Build engine */
    'buildSettings'?: {
        'storage'?: {
            'ephemeralStorage'?: {
                /** Ephemeral storage per build in MB Example: 16384 */
                'storageSize'?: number;
            };
        };
        'dockerfile': {
            /** DEPRECATED: This field will be removed in the near future and currently has no effect. */
            'useCache'?: boolean;
            /** Build engine to use. Defaults to recommended build engine `buildkit` Example: "buildkit" */
            'buildEngine'?: 'buildkit' | 'kaniko';
            /** The file path of the Dockerfile. Example: "/Dockerfile" */
            'dockerFilePath': string;
            /** The working directory of the Dockerfile. Example: "/" */
            'dockerWorkDir': string;
            'buildkit'?: {
                /** Use persistent storage to cache build layers. Example: true */
                'useCache'?: boolean;
                /** The amount of persistent storage available to each build in MB. Example: 32768 */
                'cacheStorageSize'?: number;
                /** DEPRECATED: This field will be removed in the near future. */
                'useInternalCache'?: boolean;
                /** DEPRECATED: This field will be removed in the near future. */
                'internalCacheStorage'?: number;
            };
        };
    } | {
        'storage'?: {
            'ephemeralStorage'?: {
                /** Ephemeral storage per build in MB Example: 16384 */
                'storageSize'?: number;
            };
        };
        'buildpack': {
            /** Buildpack stack to use. Defaults to recommended stack `HEROKU_24`. Example: "HEROKU_24" */
            'builder'?: 'HEROKU_24' | 'HEROKU_22' | 'HEROKU_22_CLASSIC' | 'HEROKU_20' | 'HEROKU_18' | 'GOOGLE_22' | 'GOOGLE_V1' | 'CNB_ALPINE' | 'CNB_BIONIC' | 'PAKETO_JAMMY_TINY' | 'PAKETO_JAMMY_BASE' | 'PAKETO_JAMMY_FULL' | 'PAKETO_TINY' | 'PAKETO_BASE' | 'PAKETO_FULL';
            /** Array of custom Buildpacks to use. */
            'buildpackLocators'?: string[];
            /** The working directory to build in. Example: "/" */
            'buildContext'?: string;
            /** Should build dependencies be cached? */
            'useCache'?: boolean;
        };
    };
    /** An object containing the runtime environment to set for the job. Keys may only contain letters, numbers, hyphens, forward slashes and dots. Example: {"variable1":"abcdef","variable2":"12345"} */
    'runtimeEnvironment'?: any;
    /** Secret files as JSON object, encrypted at rest. File path must be absolute Example: {"/dir/fileName":{"data":"VGhpcyBpcyBhbiBleGFtcGxlIHdpdGggYSB0ZW1wbGF0ZWQgJHtOT0RFX0VOVn0gdmFyaWFibGU=","encoding":"utf-8"}} */
    'runtimeFiles'?: any;
    /** An object containing the build arguments to set for the job. Keys may only contain letters, numbers, hyphens, forward slashes and dots. Example: {"variable1":"abcdef","variable2":"12345"} */
    'buildArguments'?: any;
    /** Secret files as JSON object, encrypted at rest. File path must be absolute Example: {"/dir/fileName":{"data":"VGhpcyBpcyBhbiBleGFtcGxlIHdpdGggYSB0ZW1wbGF0ZWQgJHtOT0RFX0VOVn0gdmFyaWFibGU=","encoding":"utf-8"}} */
    'buildFiles'?: any;
    /** Docker secret mount contents as JSON object, encrypted at rest. Must be a valid Docker secret mount identifier Example: {"example-secret-mount_1":{"data":"VGhpcyBpcyBhbiBleGFtcGxlIHdpdGggYSB0ZW1wbGF0ZWQgJHtOT0RFX0VOVn0gdmFyaWFibGU=","encoding":"utf-8"}} */
    'dockerSecretMounts'?: any;
    /** An array of health checks. */
    'healthChecks'?: {
        /** The protocol to access the health check with. Example: "HTTP" */
        'protocol': 'HTTP' | 'CMD' | 'TCP';
        /** The type of health check. Example: "readinessProbe" */
        'type': 'livenessProbe' | 'readinessProbe' | 'startupProbe';
        /** The path of the health check endpoint. Required when protocol is HTTP. Example: "/health-check" */
        'path'?: string;
        /** The command to run for the health check. Required when protocol is CMD */
        'cmd'?: string;
        /** Port number for the health check endpoint. Required when protocol is HTTP. Example: 8080 */
        'port'?: number;
        /** Initial delay, in seconds, before the health check is first run. Example: 10 */
        'initialDelaySeconds': number;
        /** The time between each check, in seconds. Example: 60 */
        'periodSeconds': number;
        /** The time to wait for a response before marking the health check as a failure. Example: 1 */
        'timeoutSeconds': number;
        /** The maximum number of allowed failures. Example: 3 */
        'failureThreshold': number;
        /** The number of successes required to mark the health check as a success. Example: 1 */
        'successThreshold'?: number;
    }[];
    /** The number of attempts to rerun a job before it is marked as failed. */
    'backoffLimit': number;
    /** Configure when the job should be run if the source image changes. Example: "never" */
    'runOnSourceChange'?: 'never' | 'cd-promote' | 'always';
    /** The maximum amount of time, in seconds, for a job to run before it is marked as failed. Example: 600 */
    'activeDeadlineSeconds'?: number | null;
    /** Type of the job (manual or manual) Example: "manual" */
    'jobType': 'manual';
    /** Identifier for the job Example: "example-job" */
    'id': string;
    /** Full identifier used for job deployment Example: "/example-user/default-project/example-job" */
    'appId': string;
    'deployment'?: {
        /** Allows for customization of buildpack runtime */
        'buildpack'?: {
            /** Type of buildpack run configuration */
            'configType': 'default' | 'customProcess' | 'customCommand' | 'customEntrypointCustomCommand' | 'originalEntrypointCustomCommand';
            /** Custom process which should be run. Required in case where `configType` is `customProcess` */
            'customProcess'?: string;
            /** Custom entrypoint which should be run. Required in case where `configType` is `customEntrypointCustomCommand` */
            'customEntrypoint'?: string;
            /** Custom command which should be run. Required in case where `configType` is `customCommand`, `customEntrypointCustomCommand` or `originalEntrypointCustomCommand` */
            'customCommand'?: string;
        };
        /** Allows for customization of docker runtime */
        'docker'?: {
            /** Type of entrypoint & command override configuration Example: "default" */
            'configType': 'default' | 'customEntrypoint' | 'customCommand' | 'customEntrypointCustomCommand';
            /** Custom entrypoint which should be used. Required in case where `configType` is `customEntrypoint` or `customEntrypointCustomCommand` */
            'customEntrypoint'?: string;
            /** Custom command which should be used. Required in case where `configType` is `customCommand` or `customEntrypointCustomCommand` */
            'customCommand'?: string;
        };
        'storage'?: {
            'useHdbStorage'?: boolean;
            'usePdSsdStorage'?: boolean;
            'ephemeralStorage'?: {
                /** Ephemeral storage per container in MB Example: 1024 */
                'storageSize'?: number;
            };
            /** Configures the amount of available memory-backed disk space available to /dev/shm */
            'shmSize'?: number;
        };
        'gpu'?: {
            'enabled'?: boolean;
            'configuration'?: {
                'gpuType': string;
                'gpuCount'?: number;
                'timesliced'?: boolean;
            };
        };
        /** The maximum amount of time the process has to shut down after receiving a SIGTERM signal before it is forcefully shut down SIGKILL by the system. */
        'gracePeriodSeconds'?: number;
        /** Allow setting custom labels and annotations for workloads. */
        'metadata'?: {
            /** Specify custom labels for the workload. */
            'labels'?: any;
            /** Specify custom annotations for the workload as string or object. */
            'annotations'?: any;
        };
        'vcs'?: {
            /** URL of the Git repo to build. Example: "https://github.com/northflank/gatsby-with-northflank" */
            'projectUrl': string;
            /** The VCS provider to use. Example: "github" */
            'projectType': 'bitbucket' | 'gitlab' | 'github' | 'self-hosted' | 'azure';
            /** If projectType is self-hosted, the ID of the self-hosted vcs to use. */
            'selfHostedVcsId'?: string;
            /** By default, if you have multiple version control accounts of the same provider linked, Northflank will pick a linked account that has access to the repository. If `accountLogin` is provided, Northflank will instead use your linked account with that login name. Example: "github-user" */
            'accountLogin'?: string;
            /** By default, if you have multiple version control accounts of the same provider linked, Northflank will pick a linked account that has access to the repository. If `vcsLinkId` is provided, Northflank will instead use your linked account with that ID. */
            'vcsLinkId'?: string;
            /** The name of the branch to use. Example: "master" */
            'projectBranch': string;
        };
        'external'?: {
            /** Image to be deployed. When not deploying from Dockerhub the URL must be specified. Example: "nginx:latest" */
            'imagePath': string;
            /** ID of the saved credentials to use to access this external image. Example: "example-credentials" */
            'credentials'?: string;
        };
        'internal'?: {
            /** ID of the build service to deploy */
            'id'?: string;
            /** Branch to deploy Example: "master" */
            'branch'?: string;
            /** Commit SHA to deploy, or 'latest' to deploy the most recent commit Example: "latest" */
            'buildSHA'?: string | 'latest';
            /** ID of the build that should be deployed Example: "premium-guide-6393" */
            'buildId'?: string;
        };
        /** Image registry url of the deployed image. */
        'imageUrl'?: string;
    };
    /** Details about the current job status. */
    'status': {
        /** Details about the status of the most recent build. */
        'build'?: {
            /** The current status of the build. Example: "SUCCESS" */
            'status': 'QUEUED' | 'PENDING' | 'UNSCHEDULABLE' | 'STARTING' | 'CLONING' | 'BUILDING' | 'UPLOADING' | 'ABORTED' | 'FAILURE' | 'SUBMISSION_FAILURE' | 'SUCCESS' | 'CRASHED' | 'IN_PROGRESS';
            /** The timestamp of when the build reached this status. Example: "2021-11-29T11:47:16.624Z" */
            'lastTransitionTime'?: string;
        };
    };
    /** Cluster information */
    'cluster': {
        /** The id of the cluster associated with this project. Example: "nf-europe-west" */
        'id': string;
        /** The name of the cluster associated with this project. Example: "nf-europe-west" */
        'name': string;
        /** Namespace this resource is located within on the cluster. Example: "ns-8zy2mcjh9zn2" */
        'namespace'?: string;
        /** Load balancer DNS for the cluster. */
        'loadBalancers'?: string[];
    };
    /** time of creation */
    'createdAt'?: string;
    /** time of update */
    'updatedAt'?: string;
};

type PatchServiceBuildResult = {
    /** The name of the service. Example: "Example Service" */
    'name': string;
    /** A description of the service. Example: "A service description" */
    'description'?: string;
    'stageId'?: string;
    /** An array of previously defined tags to help identify and group the resource. */
    'tags'?: string[];
    'billing': {
        /** The ID of the deployment plan to use. (Deprecated - use buildPlan for build resources instead.). Example: "nf-compute-20" */
        'deploymentPlan'?: string;
        /** The ID of the build plan to use. Example: "nf-compute-200-8" */
        'buildPlan'?: string;
        'gpu'?: {
            'enabled'?: boolean;
            'configuration'?: {
                'gpuType': string;
                'gpuCount'?: number;
                'timesliced'?: boolean;
            };
        };
    };
    'infrastructure'?: {
        'architecture'?: 'x86' | 'arm';
    };
    /** Whether CI (continuous integration) should be disabled. */
    'disabledCI'?: boolean;
    /** Defines the build source for this resource Example: "git" */
    'buildSource'?: 'git' | 'bundle';
    'vcsData': {
        /** URL of the Git repo to build. Example: "https://github.com/northflank/gatsby-with-northflank" */
        'projectUrl': string;
        /** The VCS provider to use. Example: "github" */
        'projectType': 'bitbucket' | 'gitlab' | 'github' | 'self-hosted' | 'azure';
        /** If projectType is self-hosted, the ID of the self-hosted vcs to use. */
        'selfHostedVcsId'?: string;
        /** By default, if you have multiple version control accounts of the same provider linked, Northflank will pick a linked account that has access to the repository. If `accountLogin` is provided, Northflank will instead use your linked account with that login name. Example: "github-user" */
        'accountLogin'?: string;
        /** By default, if you have multiple version control accounts of the same provider linked, Northflank will pick a linked account that has access to the repository. If `vcsLinkId` is provided, Northflank will instead use your linked account with that ID. */
        'vcsLinkId'?: string;
    };
    /** Build engine */
    'buildSettings': {
        'storage'?: {
            'ephemeralStorage'?: {
                /** Ephemeral storage per build in MB Example: 16384 */
                'storageSize'?: number;
            };
        };
        'dockerfile': {
            /** DEPRECATED: This field will be removed in the near future and currently has no effect. */
            'useCache'?: boolean;
            /** Build engine to use. Defaults to recommended build engine `buildkit` Example: "buildkit" */
            'buildEngine'?: 'buildkit' | 'kaniko';
            /** The file path of the Dockerfile. Example: "/Dockerfile" */
            'dockerFilePath': string;
            /** The working directory of the Dockerfile. Example: "/" */
            'dockerWorkDir': string;
            'buildkit'?: {
                /** Use persistent storage to cache build layers. Example: true */
                'useCache'?: boolean;
                /** The amount of persistent storage available to each build in MB. Example: 32768 */
                'cacheStorageSize'?: number;
                /** DEPRECATED: This field will be removed in the near future. */
                'useInternalCache'?: boolean;
                /** DEPRECATED: This field will be removed in the near future. */
                'internalCacheStorage'?: number;
            };
        };
    } | {
        'storage'?: {
            'ephemeralStorage'?: {
                /** Ephemeral storage per build in MB Example: 16384 */
                'storageSize'?: number;
            };
        };
        'buildpack': {
            /** Buildpack stack to use. Defaults to recommended stack `HEROKU_24`. Example: "HEROKU_24" */
            'builder'?: 'HEROKU_24' | 'HEROKU_22' | 'HEROKU_22_CLASSIC' | 'HEROKU_20' | 'HEROKU_18' | 'GOOGLE_22' | 'GOOGLE_V1' | 'CNB_ALPINE' | 'CNB_BIONIC' | 'PAKETO_JAMMY_TINY' | 'PAKETO_JAMMY_BASE' | 'PAKETO_JAMMY_FULL' | 'PAKETO_TINY' | 'PAKETO_BASE' | 'PAKETO_FULL';
            /** Array of custom Buildpacks to use. */
            'buildpackLocators'?: string[];
            /** The working directory to build in. Example: "/" */
            'buildContext'?: string;
            /** Should build dependencies be cached? */
            'useCache'?: boolean;
        };
    };
    'buildConfiguration'?: {
        /** An array of pull request build rules. Only supported for build services. Each commit belonging to a pull request on a branch that matches one of the provided build rules will be built automatically. */
        'prRestrictions'?: string[];
        /** An array of branch build rules. Only supported for build services. Each commit belonging to a branch that matches one of the provided build rules will be built automatically. */
        'branchRestrictions'?: string[];
        /** Controls which projects can use this build service. */
        'crossProjectAccess'?: {
            /** Allow this build service to be referenced by resources in other projects. Example: true */
            'enabled': boolean;
            /** A list of project IDs used as an allow list or deny list. */
            'projects': string[];
            /** If true, only the listed projects can use this build service. If false, all projects except the listed ones can use this build service. */
            'isAllowList': boolean;
        };
        /** An array of path ignore rules. A commit will only be built if a file has been changed that does not match any of the ignore rules. Path ignore rules follow `.gitignore` syntax. */
        'pathIgnoreRules'?: string[];
        /** If `true`, the functionality of `pathIgnoreRules` will be inverted. A commit will only be built if a file has been changed that matches one or more of the rules in `pathIgnoreRules`. */
        'isAllowList'?: boolean;
        /** If `true`, enables commit ignore flags. If a commit message contains one or more of the flags in `ciIgnoreFlags`, that commit will not be built. */
        'ciIgnoreFlagsEnabled'?: boolean;
        /** An array of commit ignore flags. If a commit message contains one or more of these flags, that commit will not be built. Defaults to `["[skip ci]", "[ci skip]", "[no ci]", "[skip nf]", "[nf skip]", "[northflank skip]", "[skip northflank]"]` Example: ["[skip ci]","[ci skip]","[no ci]","[skip nf]","[nf skip]","[northflank skip]","[skip northflank]"] */
        'ciIgnoreFlags'?: string[];
        /** If your Dockerfile contains multiple build stages, you can specify the target stage by entering its name here. */
        'dockerfileTarget'?: string;
        'dockerCredentials'?: string[];
        /** Include .git folder inside the build context */
        'includeGitFolder'?: boolean;
        /** Include the entire git history as part of the .git folder. Only relevant if "includeGitFolder" is set. */
        'fullGitClone'?: boolean;
        /** Enable Git LFS support for the build */
        'enableGitLfs'?: boolean;
        'storage'?: {
            'ephemeralStorage'?: {
                /** Ephemeral storage per build in MB Example: 16384 */
                'storageSize'?: number;
            };
        };
    };
    /** An object containing the build arguments to set for the service Example: {"ARGUMENT_1":"abcdef","ARGUMENT_2":"12345"} */
    'buildArguments'?: any;
    /** Secret files as JSON object, encrypted at rest. File path must be absolute Example: {"/dir/fileName":{"data":"VGhpcyBpcyBhbiBleGFtcGxlIHdpdGggYSB0ZW1wbGF0ZWQgJHtOT0RFX0VOVn0gdmFyaWFibGU=","encoding":"utf-8"}} */
    'buildFiles'?: any;
    /** Docker secret mount contents as JSON object, encrypted at rest. Must be a valid Docker secret mount identifier Example: {"example-secret-mount_1":{"data":"VGhpcyBpcyBhbiBleGFtcGxlIHdpdGggYSB0ZW1wbGF0ZWQgJHtOT0RFX0VOVn0gdmFyaWFibGU=","encoding":"utf-8"}} */
    'dockerSecretMounts'?: any;
    /** Type of the service (combined, build or deployment) Example: "build" */
    'serviceType': 'build';
    /** Identifier for the service Example: "example-service" */
    'id': string;
    /** Full identifier used for service deployment Example: "/example-user/default-project/example-service" */
    'appId': string;
    /** Cluster information */
    'cluster': {
        /** The id of the cluster associated with this project. Example: "nf-europe-west" */
        'id': string;
        /** The name of the cluster associated with this project. Example: "nf-europe-west" */
        'name': string;
        /** Namespace this resource is located within on the cluster. Example: "ns-8zy2mcjh9zn2" */
        'namespace'?: string;
        /** Load balancer DNS for the cluster. */
        'loadBalancers'?: string[];
    };
    /** time of creation */
    'createdAt'?: string;
    /** time of update */
    'updatedAt'?: string;
    /** Details about the current service status. */
    'status': {
        /** Details about the status of the most recent build. */
        'build'?: {
            /** The current status of the build. Example: "SUCCESS" */
            'status': 'QUEUED' | 'PENDING' | 'UNSCHEDULABLE' | 'STARTING' | 'CLONING' | 'BUILDING' | 'UPLOADING' | 'ABORTED' | 'FAILURE' | 'SUBMISSION_FAILURE' | 'SUCCESS' | 'CRASHED' | 'IN_PROGRESS';
            /** The timestamp of when the build reached this status. Example: "2021-11-29T11:47:16.624Z" */
            'lastTransitionTime'?: string;
        };
    };
};

type GetServiceResult = {
    /** Identifier for the service Example: "example-service" */
    'id': string;
    /** Full identifier used for service deployment Example: "/example-user/default-project/example-service" */
    'appId': string;
    /** Service name Example: "Example Service" */
    'name': string;
    /** An array of previously defined tags to help identify and group the resource. */
    'tags': string[];
    /** A short description of the service Example: "This is the service description" */
    'description'?: string;
    /** ID of the project that the service belongs to Example: "default-project" */
    'projectId': string;
    /** Type of the service (combined, build or deployment) Example: "combined" */
    'serviceType': 'combined' | 'build' | 'deployment';
    /** The time the service was created. Example: "2021-01-20T11:19:53.175Z" */
    'createdAt': string;
    /** Whether Continuous Integration is disabled */
    'disabledCI': boolean;
    /** Whether Continuous Deployment is disabled */
    'disabledCD': boolean;
    'billing': {
        /** ID of the billing plan used by this service Example: "nf-compute-20" */
        'deploymentPlan': string;
    };
    /** Details about the current service status. */
    'status': {
        /** Details about the status of the most recent build. */
        'build'?: {
            /** The current status of the build. Example: "SUCCESS" */
            'status': 'QUEUED' | 'PENDING' | 'UNSCHEDULABLE' | 'STARTING' | 'CLONING' | 'BUILDING' | 'UPLOADING' | 'ABORTED' | 'FAILURE' | 'SUBMISSION_FAILURE' | 'SUCCESS' | 'CRASHED' | 'IN_PROGRESS';
            /** The timestamp of when the build reached this status. Example: "2021-11-29T11:47:16.624Z" */
            'lastTransitionTime'?: string;
        };
        /** Details about the current deployment status. */
        'deployment'?: {
            /** The current status of the deployment. Example: "COMPLETED" */
            'status': 'PENDING' | 'IN_PROGRESS' | 'COMPLETED' | 'FAILED';
            /** The reason the current deployment was started. Example: "DEPLOYING" */
            'reason': 'SCALING' | 'DEPLOYING';
            /** The timestamp of when the deployment reached this status. Example: "2021-11-29T11:47:16.624Z" */
            'lastTransitionTime'?: string;
        };
    };
    /** Is the service paused? */
    'servicePaused': boolean;
    /** Defines the build source for this resource Example: "git" */
    'buildSource'?: 'git' | 'bundle';
    'vcsData'?: {
        /** URL of the repository being built Example: "https://github.com/northflank/gatsby-with-northflank" */
        'projectUrl': string;
        /** VCS provider for the repo being built Example: "github" */
        'projectType': 'bitbucket' | 'gitlab' | 'github' | 'self-hosted' | 'azure';
        /** ID of the self-hosted VCS, if applicable. Example: "example-team/self-hosted-vcs" */
        'selfHostedVcsId'?: string;
        /** Branch of the repo being built Example: "master" */
        'projectBranch'?: string;
        /** Whether the repo is being accessed without authentication. */
        'publicRepo'?: boolean;
        /** Working directory used by the dockerfile Example: "/" */
        'dockerWorkDir': string;
        /** File path of the Dockerfile Example: "/Dockerfile" */
        'dockerFilePath': string;
    };
    'bundleData'?: {
        /** URL of the bundle to be built Example: "https://example.com/archive.tar" */
        'bundleUrl': string;
        /** Branch of the bundle being built Example: "main" */
        'projectBranch'?: string;
        /** Working directory used by the dockerfile Example: "/" */
        'dockerWorkDir': string;
        /** File path of the Dockerfile Example: "/Dockerfile" */
        'dockerFilePath': string;
    };
    'deployment'?: {
        /** Region where this service is deployed and/or built Example: "europe-west" */
        'region'?: string;
        /** Number of instances/replicas running Example: 1 */
        'instances'?: number;
        /** Data about a deployment from an external registry. */
        'external'?: {
            /** Path of the external image excluding the hostname */
            'imagePath': string;
            /** Registry provider hosting the external image */
            'registryProvider': 'acr' | 'ecr' | 'gar' | 'dockerhub' | 'dhi' | 'github' | 'gitlab' | 'custom' | 'legacy';
            /** Does the image require authentication */
            'privateImage': boolean;
        };
        'internal'?: {
            /** Database ID of deployed entity Example: "example-service" */
            'nfObjectId': string;
            /** Type of deployed entity Example: "service" */
            'nfObjectType': 'service';
            /** URL of the repository being deployed Example: "https://github.com/northflank/gatsby-with-northflank" */
            'repository': string;
            /** Branch of the repo being deployed Example: "master" */
            'branch': string;
            /** Commit SHA to be deployed. `latest` means the latest commit is automatically being deployed. Example: "latest" */
            'buildSHA': string;
            /** Currently deployed commit SHA. If buildSHA is set to `latest`, this will show the SHA of the latest commit. Example: "262ed9817b3cad5142fbceabe0c9e371e390d616" */
            'deployedSHA'?: string;
        };
        /** Details about the Docker overrides for this deployment. */
        'docker'?: {
            /** Override configuration which is used at runtime. Example: "default" */
            'configType': 'default' | 'customEntrypoint' | 'customCommand' | 'customEntrypointCustomCommand';
            /** The CMD to run instead of the default if entrypoint override is enabled. */
            'customEntrypoint'?: string;
            /** The CMD to run instead of the default if CMD override is enabled. */
            'customCommand'?: string;
        };
        /** Details about the Buildpack overrides for this deployment. */
        'buildpack'?: {
            /** Type of buildpack run configuration. Example: "default" */
            'configType': 'default' | 'customProcess' | 'customCommand' | 'customEntrypointCustomCommand' | 'originalEntrypointCustomCommand';
            /** Custom process which should be run. */
            'customProcess'?: string;
            /** Custom entrypoint which should be run. */
            'customEntrypoint'?: string;
            /** Custom command which should be run. */
            'customCommand'?: string;
        };
        /** Details about storage settings for this deployment. */
        'storage'?: {
            /** Details about ephemeral storage settings for this deployment. */
            'ephemeralStorage'?: {
                /** Ephemeral storage per container in MB Example: 1024 */
                'storageSize': number;
            };
            /** Configures the amount of available memory-backed disk space available to /dev/shm */
            'shmSize'?: number;
        };
        /** Roll out strategy of the service */
        'strategy'?: {
            /** Configures the instance roll out strategy of your service. Currently only available via feature flag. */
            'type'?: 'recreate' | 'rollout-steady' | 'rollout-balanced' | 'rollout-fast' | 'custom';
            'settings'?: {
                /** Maximum number or percentage of pods that can be created above the desired count. */
                'maxSurge': number | string;
                /** Maximum number or percentage of pods that can be unavailable during the update. */
                'maxUnavailable': number | string;
            };
        };
        'zonalRedundancy'?: {
            /** Defines scheduling behaviour across different zones within the same region. */
            'type'?: 'disabled' | 'preferred' | 'required';
            /** Defines how many zones are required and will prevent containers from additional scheduling into existing zones. (Only relevant if type is set to "required") */
            'minZones'?: number;
        };
        'gpu'?: {
            'enabled'?: boolean;
            'configuration'?: {
                'gpuType': string;
                'gpuCount'?: number;
                'timesliced'?: boolean;
            };
        };
        /** The maximum amount of time the process has to shut down after receiving a SIGTERM signal before it is forcefully shut down SIGKILL by the system. */
        'gracePeriodSeconds'?: number;
        /** Allow setting custom labels and annotations for workloads. */
        'metadata'?: {
            /** Specify custom labels for the workload. */
            'labels'?: any;
            /** Specify custom annotations for the workload as string or object. */
            'annotations'?: any;
        };
        /** URL at which the service's deployed image is located */
        'imageUrl'?: string;
    };
    'loadBalancing'?: {
        'mode': 'leastConnection' | 'consistentHash' | 'roundRobin' | 'consistentReplicaRouting';
        'consistentHash'?: {
            'mode': 'ip' | 'customHeader';
            'header'?: string | null;
        };
        'consistentReplicaRouting'?: {
            'mode': 'path' | 'header';
        };
    };
    'buildConfiguration'?: {
        /** An array of pull request build rules. Only supported for build services. Each commit belonging to a pull request on a branch that matches one of the provided build rules will be built automatically. */
        'prRestrictions'?: string[];
        /** An array of branch build rules. Only supported for build services. Each commit belonging to a branch that matches one of the provided build rules will be built automatically. */
        'branchRestrictions'?: string[];
        /** Controls which projects can use this build service. */
        'crossProjectAccess'?: {
            /** Allow this build service to be referenced by resources in other projects. Example: true */
            'enabled': boolean;
            /** A list of project IDs used as an allow list or deny list. */
            'projects': string[];
            /** If true, only the listed projects can use this build service. If false, all projects except the listed ones can use this build service. */
            'isAllowList': boolean;
        };
        /** An array of path ignore rules. A commit will only be built if a file has been changed that does not match any of the ignore rules. Path ignore rules follow `.gitignore` syntax. */
        'pathIgnoreRules'?: string[];
        /** If `true`, the functionality of `pathIgnoreRules` will be inverted. A commit will only be built if a file has been changed that matches one or more of the rules in `pathIgnoreRules`. */
        'isAllowList'?: boolean;
        /** If `true`, enables commit ignore flags. If a commit message contains one or more of the flags in `ciIgnoreFlags`, that commit will not be built. */
        'ciIgnoreFlagsEnabled'?: boolean;
        /** An array of commit ignore flags. If a commit message contains one or more of these flags, that commit will not be built. Defaults to `["[skip ci]", "[ci skip]", "[no ci]", "[skip nf]", "[nf skip]", "[northflank skip]", "[skip northflank]"]` Example: ["[skip ci]","[ci skip]","[no ci]","[skip nf]","[nf skip]","[northflank skip]","[skip northflank]"] */
        'ciIgnoreFlags'?: string[];
        /** If your Dockerfile contains multiple build stages, you can specify the target stage by entering its name here. */
        'dockerfileTarget'?: string;
        'dockerCredentials'?: string[];
        /** Include .git folder inside the build context */
        'includeGitFolder'?: boolean;
        /** Include the entire git history as part of the .git folder. Only relevant if "includeGitFolder" is set. */
        'fullGitClone'?: boolean;
        /** Enable Git LFS support for the build */
        'enableGitLfs'?: boolean;
        'storage'?: {
            'ephemeralStorage'?: {
                /** Ephemeral storage per build in MB Example: 16384 */
                'storageSize'?: number;
            };
        };
    };
    'buildEngineConfiguration'?: {
        /** The build engine used. Example: "buildpack" */
        'buildEngine'?: 'buildpack' | 'buildkit' | 'kaniko';
        /** Details about Buildpack settings. */
        'buildpack'?: {
            /** The Buildpack stack used. Example: "HEROKU_24" */
            'builder'?: 'HEROKU_24' | 'HEROKU_22' | 'HEROKU_22_CLASSIC' | 'HEROKU_20' | 'HEROKU_18' | 'GOOGLE_22' | 'GOOGLE_V1' | 'CNB_ALPINE' | 'CNB_BIONIC' | 'PAKETO_JAMMY_TINY' | 'PAKETO_JAMMY_BASE' | 'PAKETO_JAMMY_FULL' | 'PAKETO_TINY' | 'PAKETO_BASE' | 'PAKETO_FULL';
            /** Array of custom Buildpacks used. */
            'buildpackLocators'?: string[];
            /** Should build dependencies be cached? */
            'useCache'?: boolean;
        };
        /** Details about Buildkit settings. */
        'buildkit'?: {
            /** Should intermediate image layers be cached? */
            'useCache'?: boolean;
            /** Should use persistent storage to store all layers? */
            'useInternalCache'?: boolean;
            /** Storage size to use for internal cache */
            'internalCacheStorage'?: boolean;
        };
        /** Details about Kaniko settings. */
        'kaniko'?: {
            /** Should intermediate image layers be cached? */
            'useCache'?: boolean;
        };
    };
    /** Describes all autoscaling configurations */
    'autoscaling'?: {
        /** Describes the horizontal autoscaling configuration */
        'horizontal'?: {
            /** Whether horizontal autoscaling should be enabled Example: true */
            'enabled': boolean;
            /** Minimum number of replicas which should be running at any time Example: 1 */
            'minReplicas': number;
            /** Maximum number of replicas which can be running at any time Example: 3 */
            'maxReplicas': number;
            'cpu'?: {
                /** Whether autoscaling should take into account cpu usage */
                'enabled': boolean;
                /** Threshold CPU usage percentage at which the workload will be scaled */
                'thresholdPercentage': number;
            };
            'memory'?: {
                /** Whether autoscaling should take into account memory usage */
                'enabled': boolean;
                /** Threshold memory usage percentage at which the workload will be scaled */
                'thresholdPercentage': number;
            };
            'rps'?: {
                /** Whether autoscaling should take into requests-per-second */
                'enabled': boolean;
                /** Threshold rps value on which the workload will be scaled */
                'thresholdValue': number;
            };
            'userMetrics'?: {
                /** Whether to enable handling for custom metrics in the autoscaling configuration Example: true */
                'enabled': boolean;
                /** Path on which the metrics will be exposed by the service.. Example: "/metrics" */
                'exposedMetricsPath': string;
                /** Port on which the metrics will be exposed by the service. Example: 8080 */
                'exposedMetricsPort': number;
                /** Array of custom metrics exposed by the service that will be used by the autoscaling configuration. At least one metric is required. */
                'metrics': {
                    /** Name of the custom metric Example: "example-metric" */
                    'metricName': string;
                    /** Type of metric exposed, this will affect how it'll be queried by the autoscaler component: Gauge will be used as is, Counter will be used with rate() Example: "gauge" */
                    'metricType': 'gauge' | 'counter';
                    /** Threshold value on which the workload will be scaled. Represents the average value across all running pods. Example: 2 */
                    'thresholdValue': number;
                }[];
            };
        };
    };
    /** An array of ports of the service. */
    'ports': {
        /** The id used to identify the port across requests. Example: "eonyui" */
        'id': string;
        /** The name of the port used in the public url and UI. Example: "p01" */
        'name': string;
        /** The port number. Example: 8080 */
        'internalPort': number;
        /** The protocol used by the port. Example: "HTTP" */
        'protocol': 'HTTP' | 'HTTP/2' | 'TCP' | 'UDP';
        /** If true, the port is exposed publicly. Example: true */
        'public': boolean;
        /** DNS entry for this port. Example: "p01--example-service--default-service--user-abc1.salvo.code.run" */
        'dns'?: string;
        /** An array of domains that redirect to this port. */
        'domains': {
            /** The custom domain redirecting to this port. Example: "app.example.com" */
            'name': string;
            /** Details about the TLS certificate generation for this domain. */
            'certificate': {
                /** Is the certificate in the process of being generated? */
                'inProgress'?: boolean;
                /** The timestamp when the TLS certificate will expire. Example: "2022-04-26T09:25:02.000Z" */
                'expiryDate'?: string;
                /** The timestamp when a new TLS certificate will be generated. Example: "2022-03-27T09:25:02.000Z" */
                'refreshDate'?: string;
            };
        }[];
        /** Details about security settings for this port. */
        'security'?: {
            /** An array of credentials to access the service. */
            'credentials'?: {
                /** The username to access the service Example: "admin" */
                'username': string;
                /** The password to access the service with this username. Example: "password123" */
                'password': string;
                /** The type of authentication used Example: "basic-auth" */
                'type': 'basic-auth';
            }[];
            /** An array of IP address policies. */
            'policies'?: {
                /** An array of IP addresses used for this rule */
                'addresses': string[];
                /** The action for this rule. Example: "DENY" */
                'action': 'ALLOW' | 'DENY';
            }[];
            /** Configure SSO access control for this port. */
            'sso'?: {
                /** Organization ID of the work OS organization that should be validated. Example: "org_uniquestringidentifier" */
                'organizationId'?: string;
                /** List of directory groupIds, one of which the user has to be a member of. */
                'directoryGroupIds'?: string[];
                /** Allow entire organization to access this service */
                'allowAnyOrgUsers'?: boolean;
                /** Enforce internal traffic through SSO authentication flow */
                'validateInternalTraffic'?: boolean;
                /** Set SSO authentication cookie on root domain */
                'setCookieOnRootDomain'?: boolean;
                /** Allow internal traffic from same or shared projects via public DNS to skip SSO authentication flow */
                'allowInternalTrafficViaPublicDns'?: boolean;
            };
            /** Mode used to verify multiple security features like ip policies and SSO authentication */
            'verificationMode'?: 'or' | 'and';
            /** List of header authentication settings, it checks the presence of all headers and compares it against the expected value. Wildcard (*) is supported. */
            'headers'?: {
                'regexMode'?: boolean;
                'name'?: string;
                'value': string;
            }[];
        };
        /** Disable routing on the default code.run domain for public HTTP ports with custom domains. */
        'disableNfDomain'?: boolean;
    }[];
    /** Cluster information */
    'cluster': {
        /** The id of the cluster associated with this project. Example: "nf-europe-west" */
        'id': string;
        /** The name of the cluster associated with this project. Example: "nf-europe-west" */
        'name': string;
        /** Namespace this resource is located within on the cluster. Example: "ns-8zy2mcjh9zn2" */
        'namespace'?: string;
        /** Load balancer DNS for the cluster. */
        'loadBalancers'?: string[];
    };
};
