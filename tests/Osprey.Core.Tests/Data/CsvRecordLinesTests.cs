using System.Text;
using Osprey.Core.Data;
using Xunit;

namespace Osprey.Core.Tests.Data;

public sealed class CsvRecordLinesTests
{
    [Theory]
    [InlineData("a,b\n1,2\n3,4\n", 1, 3)]
    [InlineData("a,b\r\n1,2\r\n3,4\r\n", 1, 3)]
    [InlineData("a,b\n\n1,2\n\n\n3,4\n", 0, 3)]
    [InlineData("a,b\n\n1,2\n\n\n3,4\n", 1, 6)]
    [InlineData("a,b\n\"multi\nline\",2\n3,4\n", 1, 4)]
    [InlineData("a,b\n\"say \"\"hi\"\"\r\nthere\",2\r\n3,4", 1, 4)]
    [InlineData("a,b\n1,2", 0, 2)]
    public void LineOf_DataRow_CountsPhysicalLines(string csv, int row, int expected)
    {
        Assert.Equal(expected, CsvRecordLines.LineOf(Encoding.UTF8.GetBytes(csv), row));
    }
}
