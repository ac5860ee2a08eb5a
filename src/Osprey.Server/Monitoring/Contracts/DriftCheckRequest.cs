using System.Text.Json;

namespace Osprey.Server.Monitoring.Contracts;

/// <summary><c>POST /api/osprey/monitoring/drift</c>: a reference data profile (as <c>--save-profile</c> writes it) compared with a served model's
/// logged predictions over a window ending now (text such as <c>7d</c>), with the options of <c>osprey monitor drift</c>.</summary>
/// <param name="ColumnTests">Column to test name (ks, psi…).</param>
/// <param name="Thresholds">Column to threshold.</param>
public sealed record DriftCheckRequest(
    JsonElement? ReferenceProfile,
    string? CurrentModel,
    string? Window = null,
    string? Target = null,
    string? Prediction = null,
    IReadOnlyList<string>? Columns = null,
    IReadOnlyList<string>? Exclude = null,
    IReadOnlyDictionary<string, string>? ColumnTests = null,
    IReadOnlyDictionary<string, double>? Thresholds = null,
    double? DriftShare = null);
