return await Osprey.Server.Hosting.OspreyServerHost.RunAsync(args);
