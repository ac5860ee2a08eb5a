using Osprey.Core.Alerting.Alerts;
using Osprey.Core.Alerting.Configuration;
using Osprey.Core.Alerting.Notifications;
using Osprey.Core.Alerting.Uptime;
using Osprey.Core.Monitoring.Series;
using Osprey.Core.Monitoring.Triggers;
using Osprey.Core.Pipelines.Definitions;
using Osprey.Core.Pipelines.Runs;
using Osprey.Core.Registry;
using Osprey.Core.Security;
using Osprey.Core.Serving.Predictions;
using Osprey.Core.Tracking;
using Osprey.Core.Tracking.LoggedModels;

namespace Osprey.Core;

/// <summary>The stores of one workspace, all backed by the same database.</summary>
public sealed record WorkspaceStores(
    IExperimentStore Experiments,
    IRunStore Runs,
    IRegisteredModelStore Models,
    IModelVersionStore Versions,
    ITokenStore Tokens,
    ILoggedModelStore LoggedModels,
    IPipelineStore Pipelines,
    IPipelineRunStore PipelineRuns,
    IPredictionLogStore PredictionLog,
    ISeriesStore Series,
    IRetrainCooldownStore RetrainCooldowns,
    IAlertStore Alerts,
    IUptimeStore Uptime,
    IOnCallDefinitionStore OnCallDefinitions,
    INotificationStore Notifications);
