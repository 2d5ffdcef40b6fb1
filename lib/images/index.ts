export { IMAGE_SCENES, type ImageScene, MAX_SCENE_SIZE, sceneImage } from './scenes';
