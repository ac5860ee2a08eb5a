using Osprey.Core.Tracking.Search;

namespace Osprey.Storage.Sqlite.Search;

/// <summary>Maps the fields of one searchable entity (runs, experiments, models, versions) to SQL.</summary>
internal interface ISearchSchema
{
    /// <summary>Describes a field for a filter; throws <see cref="Core.ErrorCode.InvalidParameter"/> for a field the entity does not have.</summary>
    FieldSql Filter(FieldRef field, SqlParameters parameters);

    /// <summary>Describes a field for ordering, using <paramref name="alias"/> for any joined table.</summary>
    SortSql Sort(FieldRef field, SqlParameters parameters, string alias);
}
