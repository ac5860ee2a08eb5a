namespace Osprey.Core.Tracking.LoggedModels;

/// <summary>Whether a logged model's files are complete: created PENDING, then finalized READY or UPLOAD_FAILED.</summary>
public enum LoggedModelStatus
{
    /// <summary>Created; its files may still be uploading.</summary>
    Pending,

    /// <summary>Every file is uploaded; the model can be loaded and registered.</summary>
    Ready,

    /// <summary>Uploading the files failed; the model should not be used.</summary>
    UploadFailed,
}
