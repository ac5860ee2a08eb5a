namespace Osprey.Core.Registry;

/// <summary>MLflow's model version stages; at most one version per stage when transitions archive existing versions.</summary>
public enum ModelStage
{
    None,
    Staging,
    Production,
    Archived,
}
