using System.Diagnostics;
using System.Globalization;
using Liftoff.Diagnostics;
using Liftoff.Records.Ledger;
using Liftoff.Records.Locks;
using Liftoff.Records.RefStore;

// Usage (the working directory is a clone; git's environment is inherited):
//   lock   <go-file> <environment> <run-id>        try once to take the lock, and keep it
//   append <go-file> <environment> <count> <tag>   append <count> records
// Each waits until <go-file> exists, so that all the processes a test starts race at the same moment.
if (args.Length < 4 || (args[0] == "append" && args.Length < 5))
{
    Console.Error.WriteLine("usage: lock <go-file> <env> <run-id> | append <go-file> <env> <count> <tag>");
    return 2;
}

var store = new GitRefStore(Environment.CurrentDirectory);
var goFile = args[1];
var environment = args[2];
Console.WriteLine("READY");
while (!File.Exists(goFile))
{
    await Task.Delay(5);
}

try
{
    switch (args[0])
    {
        case "lock":
            var held = await new DeployLock(store).AcquireAsync(environment, args[3]);
            Console.WriteLine($"ACQUIRED {held.Commit}");
            return 0;
        case "append":
            var ledger = new DeploymentLedger(store);
            var count = int.Parse(args[3], CultureInfo.InvariantCulture);
            var stopwatch = Stopwatch.StartNew();
            var retries = 0;
            for (var i = 0; i < count; i++)
            {
                var record = new DeploymentRecord
                {
                    Id = DeploymentLedger.NewId(),
                    Environment = environment,
                    Version = $"1.0.{i}-{args[4]}",
                    Actor = args[4],
                    StartedAt = DateTimeOffset.UnixEpoch,
                    Outcome = DeploymentOutcome.Deployed,
                };
                var result = await ledger.AppendAsync(record);
                retries += result.Attempts - 1;
                Console.WriteLine($"APPENDED {record.Id} {result.Attempts}");
            }

            Console.WriteLine($"DONE retries={retries} ms={stopwatch.ElapsedMilliseconds}");
            return 0;
        default:
            Console.Error.WriteLine($"unknown command {args[0]}");
            return 2;
    }
}
catch (LiftoffException error)
{
    Console.WriteLine($"REFUSED {error.Code} {error.Message}");
    return 3;
}
