console.log('demo: coming with the example');
