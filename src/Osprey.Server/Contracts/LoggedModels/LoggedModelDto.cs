namespace Osprey.Server.Contracts.LoggedModels;

/// <summary>A logged model as MLflow renders it: attributes and tags in <see cref="Info"/>, params and linked metrics in <see cref="Data"/>.</summary>
public sealed record LoggedModelDto(LoggedModelInfoDto Info, LoggedModelDataDto Data);
