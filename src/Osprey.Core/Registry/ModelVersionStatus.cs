namespace Osprey.Core.Registry;

/// <summary>Registration status of a model version.</summary>
public enum ModelVersionStatus
{
    PendingRegistration,
    FailedRegistration,
    Ready,
}
